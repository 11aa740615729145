#!/usr/bin/env node
// Style gate, run by `npm run lint` (and so by `npm test`). It fails on: lines over 100 columns,
// `any`, non-null assertions, leftover FIXME/TODO/XXX markers, functions over 70 lines, and
// banned APIs in the deterministic cores (each ban names its replacement). Generated code under
// src/gen is skipped.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const root = new URL('..', import.meta.url).pathname;
const roots = ['src', 'test', 'load-tests', 'scripts'];
const columnsMax = 100;
const functionLinesMax = 70;
// Deterministic cores: time, randomness and I/O come in as arguments.
const coreFiles = [
  /^src\/orderbook\/(engine|book|matcher|price-level|rate-set|types)\.ts$/,
  /^src\/orderbook\/(lifecycle|outcomes|expiry-heap|explain|sink|ids|command-record)\.ts$/,
  /^src\/ledger\/(posting|accounts|state|entry-codec)\.ts$/,
  /^src\/risk-stream\/rules\.ts$/,
];
const coreBans = [
  [/\bDate\.now\s*\(/, 'Date.now(): take nowMs as an argument'],
  [/\bnew Date\s*\(\s*\)/, 'new Date(): take nowMs as an argument'],
  [/\bMath\.random\s*\(/, 'Math.random(): take a seeded random source as an argument'],
  [/\bconsole\./, 'console: return events; the edge logs'],
  [/from 'node:fs'/, 'node:fs: the journal writer at the edge does I/O'],
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(root, path);
    if (rel.startsWith('src/gen') || name === 'node_modules') continue;
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|mjs)$/.test(name)) yield path;
  }
}

function checkFunctions(path, text, problems) {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart()).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const isTestBlock = ts.isArrowFunction(node) && /\.test\.ts$/.test(path);
      if (!isTestBlock && end - start + 1 > functionLinesMax) {
        const lines = end - start + 1;
        problems.push(`${start + 1}: function of ${lines} lines (max ${functionLinesMax})`);
      }
    }
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      problems.push(`${line + 1}: 'any' type; use unknown and narrow`);
    }
    if (ts.isNonNullExpression(node)) {
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line;
      problems.push(`${line + 1}: non-null assertion '!'; check the value instead`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

let failures = 0;
for (const top of roots) {
  let entries;
  try {
    entries = [...files(join(root, top))];
  } catch {
    continue;
  }
  for (const path of entries) {
    const rel = relative(root, path);
    const text = readFileSync(path, 'utf8');
    const problems = [];
    text.split('\n').forEach((line, index) => {
      if (line.length > columnsMax) {
        problems.push(`${index + 1}: ${line.length} columns (max ${columnsMax})`);
      }
      if (/\b(FIXME|TODO|XXX)\b/.test(line) && rel !== 'scripts/tidy.mjs') {
        problems.push(`${index + 1}: leftover marker; finish it or file an issue`);
      }
      if (coreFiles.some((re) => re.test(rel))) {
        for (const [re, why] of coreBans) if (re.test(line)) problems.push(`${index + 1}: ${why}`);
      }
    });
    if (rel.endsWith('.ts')) checkFunctions(path, text, problems);
    for (const problem of problems) console.error(`${rel}:${problem}`);
    failures += problems.length;
  }
}
if (failures > 0) {
  console.error(`tidy: ${failures} problem(s)`);
  process.exit(1);
}
console.log('tidy: ok');
