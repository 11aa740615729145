/** Command-line options shared by the benchmarks: bounded integers with a clear error. */

export function integerOption(args: string[], name: string, fallback: number, max: number): number {
  const index = args.indexOf(name);
  if (index < 0) return fallback;
  const value = Number(args[index + 1]);
  if (!Number.isInteger(value) || value <= 0 || value > max) {
    process.stderr.write(`${name} must be an integer from 1 to ${max}\n`);
    process.exit(2);
  }
  return value;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}
