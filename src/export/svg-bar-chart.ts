import { escapeHtml } from './html-escape.ts';

/** One bar of a chart: its label, value and fill colour (a CSS colour the caller controls). */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

const ROW = 24;
const LABEL_WIDTH = 190;
const BAR_WIDTH = 260;

/**
 * Draws a horizontal bar chart as inline SVG (no script, every label escaped), with `title` as its accessible name
 * and each bar's value printed after it, written by `formatValue` (the report's language groups digits its own way).
 */
export function svgBarChart(
  title: string,
  bars: readonly Bar[],
  formatValue: (value: number) => string = String,
): string {
  const highest = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_WIDTH + BAR_WIDTH + 60;
  const rows = bars.map((bar, i) => {
    const y = 4 + i * ROW;
    const length = Math.round((bar.value / highest) * BAR_WIDTH);
    return (
      `<text x="${LABEL_WIDTH - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(bar.label)}</text>` +
      `<rect x="${LABEL_WIDTH}" y="${y + 3}" width="${length}" height="${ROW - 8}" fill="${escapeHtml(bar.color)}"/>` +
      `<text x="${LABEL_WIDTH + length + 6}" y="${y + 16}">${escapeHtml(formatValue(bar.value))}</text>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" width="${width}" height="${height}" ` +
    `viewBox="0 0 ${width} ${height}" font-size="13" font-family="sans-serif">` +
    `<title>${escapeHtml(title)}</title>${rows.join('')}</svg>`
  );
}
