/**
 * Renderers of the disclosure figures and reports: JSON for the HTTP endpoint, CSV for the
 * public page and the compliance team, and the `{name, value, unit}` list the Figures push
 * carries. Pure functions of the figures, so every output says the same thing.
 *
 * Method: figures are listed in the catalogue's order with their guideline names; CSV follows
 * RFC 4180 (a field with a comma, quote or line break is quoted, quotes doubled) and starts with
 * a UTF-8 byte order mark, without which spreadsheet programs read the Chinese labels wrongly.
 */
import { assert } from '../shared/index.js';
import { figureCatalogue, type DisclosureFigures } from './figures.js';
import type { OperatingFigures } from './operating.js';

export interface FigureLine {
  name: string;
  value: number;
  unit: string;
  label: string;
}

/** The figures as the Figures message's list (`figures` field of lending.v1.Figures). */
export function figureLines(figures: DisclosureFigures): FigureLine[] {
  return figureCatalogue.map(({ key, name, unit, label }) => ({
    name,
    value: figures[key],
    unit,
    label,
  }));
}

export function renderFiguresJson(figures: DisclosureFigures): string {
  return JSON.stringify({
    asOfMs: figures.asOfMs,
    asOf: new Date(figures.asOfMs).toISOString(),
    figures: figureLines(figures),
  });
}

export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: readonly (readonly (string | number)[])[]): string {
  return `\ufeff${rows.map((row) => row.map(csvField).join(',')).join('\r\n')}\r\n`;
}

export function renderFiguresCsv(figures: DisclosureFigures): string {
  const asOf = new Date(figures.asOfMs).toISOString();
  const rows = figureLines(figures).map((f) => [f.name, f.value, f.unit, f.label, asOf]);
  return csv([['name', 'value', 'unit', 'label', 'as_of_utc'], ...rows]);
}

/** `2026-06` -> the first millisecond of that month and of the next one (UTC). */
export function monthRange(month: string): { fromMs: number; toMs: number } | undefined {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  if (year < 1970 || year > 2100 || index < 0 || index > 11) return undefined;
  return { fromMs: Date.UTC(year, index, 1), toMs: Date.UTC(year, index + 1, 1) };
}

export interface MonthlyReport {
  month: string;
  /** Figures at the last millisecond of the month, and at the last one before it. */
  end: DisclosureFigures;
  start: DisclosureFigures;
  operating: OperatingFigures;
}

function operatingRows(o: OperatingFigures): (string | number)[][] {
  const rows: (string | number)[][] = [];
  for (const d of o.volumeByDay) {
    rows.push(['volume_by_day', `${d.day}.fills`, d.fills, 'count', '日成交笔数']);
    rows.push(['volume_by_day', `${d.day}.amount`, d.amountFen, 'fen', '日成交金额']);
  }
  for (const g of o.byGrade) {
    rows.push(['by_grade', `${g.grade}.loans`, g.loans, 'count', '借款笔数']);
    rows.push([
      'by_grade',
      `${g.grade}.average_principal`,
      g.averagePrincipalFen,
      'fen',
      '平均借款金额',
    ]);
    rows.push([
      'by_grade',
      `${g.grade}.average_rate`,
      g.averageRateBps,
      'bps',
      '平均利率(按金额加权)',
    ]);
  }
  const f = o.funding;
  rows.push(['funding_time', 'tranches_funded', f.tranches, 'count', '满标数量']);
  rows.push(['funding_time', 'average', f.averageMs, 'ms', '平均满标用时']);
  rows.push(['funding_time', 'median', f.medianMs, 'ms', '满标用时中位数']);
  rows.push(['funding_time', 'p90', f.p90Ms, 'ms', '满标用时90分位']);
  const l = o.lenders;
  rows.push(['lender_concentration', 'lenders', l.lenders, 'count', '出借人数量']);
  rows.push([
    'lender_concentration',
    'top10_share',
    l.top10ShareBps,
    'bps',
    '前十大出借人出借金额占比',
  ]);
  rows.push([
    'lender_concentration',
    'largest_share',
    l.largestShareBps,
    'bps',
    '最大单一出借人出借金额占比',
  ]);
  return rows;
}

/** The monthly report: figures at month end, the month's new lending, operating figures. */
export function renderMonthlyReportCsv(report: MonthlyReport): string {
  assert(monthRange(report.month) !== undefined, 'report.month is YYYY-MM');
  const rows: (string | number)[][] = [['section', 'name', 'value', 'unit', 'label']];
  for (const f of figureLines(report.end)) {
    rows.push(['figures_at_month_end', f.name, f.value, f.unit, f.label]);
  }
  const newAmount = report.end.cumulativeAmountFen - report.start.cumulativeAmountFen;
  const newLoans = report.end.cumulativeLoans - report.start.cumulativeLoans;
  rows.push(['month', 'new_lending_amount', newAmount, 'fen', '当月借贷金额']);
  rows.push(['month', 'new_lending_count', newLoans, 'count', '当月借贷笔数']);
  rows.push(...operatingRows(report.operating));
  return csv(rows);
}
