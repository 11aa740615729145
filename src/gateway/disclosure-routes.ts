/**
 * The public disclosure page's data over HTTP: the regulator's figures as JSON or CSV, and the
 * monthly report of any month as CSV. Public by regulation, so no token; read-only, computed by
 * the disclosure module (the gateway only serves text). uWS rules: abort registered before the
 * await, late writes corked, nothing touched after an abort.
 */
import { Code, type ResultCode } from '../shared/index.js';
import { toHttpError } from './error-map.js';
import type { HttpResponse, TemplatedApp } from './uws.js';

export interface DisclosureRoutes {
  figuresJson(): string | undefined;
  figuresCsv(): string | undefined;
  /** The CSV of a month `YYYY-MM`, or a code (INVALID_FIELD, SERVICE_UNAVAILABLE). */
  monthlyReportCsv(month: string): Promise<string | ResultCode>;
}

const monthFile = /^(\d{4}-(0[1-9]|1[0-2]))\.csv$/;

function send(res: HttpResponse, status: string, contentType: string, body: string): void {
  res.cork(() => res.writeStatus(status).writeHeader('content-type', contentType).end(body));
}

function sendError(res: HttpResponse, code: ResultCode, detail?: string): void {
  const error = toHttpError(code, detail);
  send(res, `${error.status} Error`, 'application/json', error.body);
}

export function mountDisclosureRoutes(app: TemplatedApp, routes: DisclosureRoutes): void {
  const figures = (res: HttpResponse, csv: boolean): void => {
    const body = csv ? routes.figuresCsv() : routes.figuresJson();
    if (body === undefined) {
      sendError(res, Code.SERVICE_UNAVAILABLE, 'no figures yet');
      return;
    }
    const type = csv ? 'text/csv; charset=utf-8' : 'application/json';
    send(res, '200 OK', type, body);
  };
  app.get('/v1/disclosure/figures', (res) => figures(res, false));
  app.get('/v1/disclosure/figures.json', (res) => figures(res, false));
  app.get('/v1/disclosure/figures.csv', (res) => figures(res, true));
  app.get('/v1/disclosure/reports/:file', (res, req) => {
    const file = req.getParameter(0);
    const match = monthFile.exec(file);
    if (match?.[1] === undefined) {
      sendError(res, Code.INVALID_FIELD, 'expected /v1/disclosure/reports/YYYY-MM.csv');
      return;
    }
    let aborted = false;
    res.onAborted(() => {
      aborted = true;
    });
    routes.monthlyReportCsv(match[1]).then(
      (csv) => {
        if (aborted) return;
        if (typeof csv === 'string') send(res, '200 OK', 'text/csv; charset=utf-8', csv);
        else sendError(res, csv);
      },
      () => {
        if (!aborted) sendError(res, Code.SERVICE_UNAVAILABLE, 'ClickHouse');
      },
    );
  });
}
