/**
 * Small browser helpers: escaping, formatting of fen, basis points and times, and the canvas
 * charts (depth, line, bars). No framework: views write HTML strings of escaped values.
 */

export function esc(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Integer fen as yuan with two decimals and thousands separators. */
export function fen(amountFen: unknown): string {
  const value = Number(amountFen ?? 0);
  const yuan = (Math.abs(value) / 100).toLocaleString('en-US', {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  return `${value < 0 ? '-' : ''}¥${yuan}`;
}

export function bps(rateBps: unknown): string {
  return `${(Number(rateBps ?? 0) / 100).toFixed(2)}%`;
}

export function clock(timeMs: unknown): string {
  const value = Number(timeMs ?? 0);
  return value > 0 ? new Date(value).toISOString().slice(11, 19) : '';
}

export function day(timeMs: unknown): string {
  const value = Number(timeMs ?? 0);
  return value > 0 ? new Date(value).toISOString().slice(0, 10) : '';
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (element === null) throw new Error(`the page has no #${id}`);
  return element as T;
}

/** Sets innerHTML only when it changed: a render pass must not reset what did not move. */
export function setHtml(element: HTMLElement, html: string): void {
  if (element.dataset['html'] === html) return;
  element.dataset['html'] = html;
  element.innerHTML = html;
}

function prepare(canvas: HTMLCanvasElement): CanvasRenderingContext2D | undefined {
  const ratio = window.devicePixelRatio || 1;
  const width = canvas.clientWidth || 600;
  const height = canvas.clientHeight || 220;
  if (canvas.width !== width * ratio) canvas.width = width * ratio;
  if (canvas.height !== height * ratio) canvas.height = height * ratio;
  const context = canvas.getContext('2d');
  if (context === null) return undefined;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  context.font = '11px system-ui, sans-serif';
  // The context outlives a draw: reset what the previous one left set.
  context.textAlign = 'left';
  context.lineWidth = 1;
  return context;
}

function size(canvas: HTMLCanvasElement): { width: number; height: number } {
  return { width: canvas.clientWidth || 600, height: canvas.clientHeight || 220 };
}

function empty(context: CanvasRenderingContext2D, width: number, height: number, text: string) {
  context.fillStyle = '#888';
  context.textAlign = 'center';
  context.fillText(text, width / 2, height / 2);
}

export interface DepthLevel {
  rateBps: number;
  amountFen: number;
}

/**
 * Depth chart: cumulative lender money from the lowest minimum rate up (green) and cumulative
 * tranche demand from the highest maximum rate down (orange), on one rate axis.
 */
export function drawDepth(canvas: HTMLCanvasElement, lend: DepthLevel[], asks: DepthLevel[]) {
  const context = prepare(canvas);
  if (context === undefined) return;
  const { width, height } = size(canvas);
  if (lend.length === 0 && asks.length === 0) return empty(context, width, height, 'empty book');
  const rates = [...lend, ...asks].map((level) => level.rateBps);
  const minRate = Math.min(...rates) - 50;
  const maxRate = Math.max(...rates) + 50;
  const steps = (levels: DepthLevel[]) => {
    let total = 0;
    return levels.map((level) => ({ rateBps: level.rateBps, total: (total += level.amountFen) }));
  };
  const lendSteps = steps(lend);
  const askSteps = steps(asks);
  const top = Math.max(1, ...lendSteps.map((s) => s.total), ...askSteps.map((s) => s.total));
  const x = (rate: number) => 40 + ((rate - minRate) / (maxRate - minRate)) * (width - 50);
  const y = (total: number) => height - 20 - (total / top) * (height - 35);
  const area = (points: { rateBps: number; total: number }[], color: string, edge: number) => {
    if (points.length === 0) return;
    context.beginPath();
    context.moveTo(x(points[0]?.rateBps ?? edge), y(0));
    for (const point of points) context.lineTo(x(point.rateBps), y(point.total));
    context.lineTo(x(edge), y(points[points.length - 1]?.total ?? 0));
    context.lineTo(x(edge), y(0));
    context.closePath();
    context.fillStyle = `${color}55`;
    context.strokeStyle = color;
    context.fill();
    context.stroke();
  };
  area(lendSteps, '#1a9850', maxRate);
  area(askSteps, '#f46d43', minRate);
  context.fillStyle = '#444';
  context.textAlign = 'center';
  for (let i = 0; i <= 4; i += 1) {
    const rate = minRate + ((maxRate - minRate) * i) / 4;
    context.fillText(bps(Math.round(rate)), x(rate), height - 5);
  }
  context.textAlign = 'left';
  context.fillText(fen(top), 2, 12);
}

export function drawLine(
  canvas: HTMLCanvasElement,
  points: { x: number; y: number }[],
  label = '',
) {
  const context = prepare(canvas);
  if (context === undefined) return;
  const { width, height } = size(canvas);
  if (points.length < 2) return empty(context, width, height, 'collecting data…');
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [x0, x1] = [Math.min(...xs), Math.max(...xs)];
  const [y0, y1] = [Math.min(0, ...ys), Math.max(1, ...ys)];
  const px = (v: number) => 40 + ((v - x0) / Math.max(1, x1 - x0)) * (width - 50);
  const py = (v: number) => height - 20 - ((v - y0) / Math.max(1, y1 - y0)) * (height - 35);
  context.beginPath();
  points.forEach((p, i) =>
    i === 0 ? context.moveTo(px(p.x), py(p.y)) : context.lineTo(px(p.x), py(p.y)),
  );
  context.strokeStyle = '#3366cc';
  context.lineWidth = 2;
  context.stroke();
  context.fillStyle = '#444';
  context.fillText(label, 44, 12);
  context.fillText(clock(x0), 40, height - 5);
  context.textAlign = 'right';
  context.fillText(clock(x1), width - 10, height - 5);
}

export interface Bar {
  label: string;
  value: number;
  text: string;
  color?: string;
}

/** Horizontal bars, scaled to the largest magnitude (negative values extend left). */
export function drawBars(canvas: HTMLCanvasElement, bars: Bar[]) {
  const context = prepare(canvas);
  if (context === undefined) return;
  const { width, height } = size(canvas);
  if (bars.length === 0) return empty(context, width, height, 'no data');
  const top = Math.max(1e-9, ...bars.map((bar) => Math.abs(bar.value)));
  const row = Math.min(28, (height - 10) / bars.length);
  const hasNegative = bars.some((bar) => bar.value < 0);
  const zero = hasNegative ? 120 + (width - 200) / 2 : 120;
  const span = hasNegative ? (width - 200) / 2 : width - 200;
  bars.forEach((bar, i) => {
    const top0 = 5 + i * row;
    const length = (Math.abs(bar.value) / top) * span;
    context.fillStyle = bar.color ?? '#3366cc';
    context.fillRect(bar.value < 0 ? zero - length : zero, top0 + 3, length, row - 8);
    context.fillStyle = '#333';
    context.textAlign = 'left';
    context.fillText(bar.label, 4, top0 + row / 2 + 3);
    context.textAlign = 'right';
    context.fillText(bar.text, width - 4, top0 + row / 2 + 3);
  });
}
