// Small horizontal bar charts in SVG, built element by element (labels are text nodes, never markup).
import { svg } from '../dom/el.ts';

/** One bar: its label, value and colour. */
export interface Bar {
  readonly label: string;
  readonly value: number;
  readonly color: string;
}

/** Draws `bars` as a labelled horizontal bar chart with `title` as its accessible name. */
export function barChart(title: string, bars: readonly Bar[], width = 420): SVGSVGElement {
  const rowHeight = 26;
  const labelWidth = 170;
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const height = Math.max(rowHeight, bars.length * rowHeight) + 8;
  const chart = svg('svg', {
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': title,
    class: 'chart',
  });
  chart.append(svg('title', {}, title));
  bars.forEach((bar, position) => {
    const y = 4 + position * rowHeight;
    const length = Math.round(((width - labelWidth - 60) * bar.value) / max);
    chart.append(
      svg('text', { x: labelWidth - 8, y: y + 17, 'text-anchor': 'end', class: 'chart-label' }, bar.label),
      svg('rect', {
        x: labelWidth,
        y: y + 4,
        width: Math.max(bar.value > 0 ? 2 : 0, length),
        height: rowHeight - 8,
        fill: bar.color,
        rx: 2,
      }),
      svg('text', { x: labelWidth + length + 6, y: y + 17, class: 'chart-value' }, String(bar.value)),
    );
  });
  return chart;
}
