/**
 * Where the shipped model lives: `models/credit-model.json` under the project root, found by
 * walking up from this file to the folder holding package.json, so the same code works from
 * TypeScript sources (src/...) and from the build (dist/src/...).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function projectRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let depth = 0; depth < 8; depth += 1) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    dir = dirname(dir);
  }
  return process.cwd();
}

export function defaultModelPath(): string {
  return join(projectRoot(), 'models', 'credit-model.json');
}
