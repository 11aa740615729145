/**
 * Benchmark entry: `npm run bench -- <name> [options]`. Each benchmark is a module
 * `load-tests/<name>.ts` exporting `bench: Benchmark`; this file only finds and runs it. Every
 * benchmark runs its contenders in one process and one run, reports medians and ratios, and prints
 * one JSON object as its last line. Loops are bounded in count and time; traffic, where there is
 * any, goes to 127.0.0.1 only.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Benchmark {
  /** One line for the list of benchmarks. */
  summary: string;
  /** Option lines for `--help`. */
  options: string[];
  run(args: string[]): Promise<void>;
}

const here = dirname(fileURLToPath(import.meta.url));
const extension = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const helpers = new Set(['bench', 'workload', 'options']);

function names(): string[] {
  return readdirSync(here)
    .filter((file) => file.endsWith(extension) && !file.endsWith(`.d${extension}`))
    .map((file) => file.slice(0, -extension.length))
    .filter((name) => !helpers.has(name) && !name.startsWith('_'))
    .sort();
}

async function load(name: string): Promise<Benchmark | undefined> {
  const file = join(here, `${name}${extension}`);
  if (!/^[a-z][a-z0-9-]*$/.test(name) || !existsSync(file)) return undefined;
  const module = (await import(file)) as { bench?: Benchmark };
  return module.bench;
}

async function usage(): Promise<string> {
  const lines = ['usage: npm run bench -- <name> [options]', '', 'benchmarks:'];
  for (const name of names()) {
    const bench = await load(name);
    if (bench === undefined) continue;
    lines.push(`  ${name.padEnd(14)}${bench.summary}`);
    for (const option of bench.options) lines.push(`  ${''.padEnd(14)}  ${option}`);
  }
  return lines.join('\n');
}

async function main(args: string[]): Promise<void> {
  const [name, ...rest] = args;
  const bench = name === undefined ? undefined : await load(name);
  if (bench === undefined) {
    process.stdout.write(`${await usage()}\n`);
    if (name !== undefined && name !== 'help' && name !== '--help') process.exit(2);
    return;
  }
  await bench.run(rest);
}

await main(process.argv.slice(2));
