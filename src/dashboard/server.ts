/**
 * Serves the browser dashboard: the files `npm run build` bundles into dist/dashboard/public
 * (scripts/build-dashboard.mjs). The dashboard is an ordinary client of the public protocol and
 * HTTP routes; this route only hands out static files. Files are read once, at mount; a
 * missing bundle is answered with a page that says how to build it rather than a bare 404.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../services.js';
import type { HttpResponse, TemplatedApp } from '../gateway/uws.js';

interface StaticFile {
  contentType: string;
  body: Buffer;
}

const files: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
};

/** The folder the build writes; exported for tests and the CLI. */
export function dashboardDir(): string {
  return join(projectRoot(), 'dist', 'dashboard', 'public');
}

function load(dir: string): Map<string, StaticFile> | undefined {
  const loaded = new Map<string, StaticFile>();
  for (const [name, contentType] of Object.entries(files)) {
    const path = join(dir, name);
    if (!existsSync(path)) return undefined;
    loaded.set(name, { contentType, body: readFileSync(path) });
  }
  return loaded;
}

function send(res: HttpResponse, status: string, file: StaticFile): void {
  res.cork(() =>
    res
      .writeStatus(status)
      .writeHeader('content-type', file.contentType)
      .writeHeader('cache-control', 'no-cache')
      .writeHeader('x-content-type-options', 'nosniff')
      .writeHeader(
        'content-security-policy',
        // Inline style attributes only (progress bar widths); scripts stay 'self'.
        "default-src 'self'; connect-src 'self' ws: wss:; style-src 'self' 'unsafe-inline'",
      )
      .end(file.body),
  );
}

const notBuilt: StaticFile = {
  contentType: 'text/plain; charset=utf-8',
  body: Buffer.from(
    'The dashboard is not built. Run `npm run build` (npm start and npm test do it), ' +
      'then reload.\n',
  ),
};

/** Mounts GET /dashboard (and its assets) and redirects / to it. */
export function mountDashboard(app: TemplatedApp, dir = dashboardDir()): void {
  const loaded = load(dir);
  const serve = (res: HttpResponse, name: string): void => {
    const file = loaded?.get(name);
    if (file === undefined) send(res, '503 Service Unavailable', notBuilt);
    else send(res, '200 OK', file);
  };
  const redirect = (res: HttpResponse): void => {
    res.cork(() => res.writeStatus('302 Found').writeHeader('location', '/dashboard/').end());
  };
  app.get('/', redirect);
  app.get('/dashboard', redirect);
  app.get('/dashboard/', (res) => serve(res, 'index.html'));
  app.get('/dashboard/app.js', (res) => serve(res, 'app.js'));
  app.get('/dashboard/app.css', (res) => serve(res, 'app.css'));
}
