#!/usr/bin/env node
// Builds the browser dashboard into dist/dashboard/public: bundles src/dashboard/app/main.ts
// (with the SDK core and the generated protobuf code) for the browser with esbuild, and copies
// the static page and stylesheet. Run by `npm run build`, so by `npm start` and `npm test`.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'dist', 'dashboard', 'public');
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [join(root, 'src', 'dashboard', 'app', 'main.ts')],
  outfile: join(out, 'app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  sourcemap: true,
  minify: false,
  logLevel: 'warning',
  // protobufjs probes for Node's `long` and `buffer` through an eval'd require; in a browser
  // they are absent and int64 fields decode as numbers, which the dashboard expects.
});
copyFileSync(join(root, 'src', 'dashboard', 'static', 'index.html'), join(out, 'index.html'));
copyFileSync(join(root, 'src', 'dashboard', 'static', 'app.css'), join(out, 'app.css'));
process.stdout.write(`dashboard built: ${out}\n`);
