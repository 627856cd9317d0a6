import type { Severity } from '../../src/model/flag.ts';
import type { SegmentStatus } from '../../src/model/segment.ts';

/** The desk's colours; every text/background pair used is listed in `TEXT_PAIRS` and must reach WCAG AA (4.5:1). */
export const PALETTE = {
  background: '#ffffff',
  surface: '#f4f5f7',
  surfaceSelected: '#dde7f6',
  text: '#1d2330',
  textMuted: '#545d6e',
  accent: '#1f5fbf',
  border: '#c4c9d2',
  focus: '#0b57d0',
  critical: '#b3121f',
  major: '#9a4a00',
  minor: '#1d5f93',
  ok: '#1b6b34',
  insert: '#0f5d2a',
  insertBackground: '#dff3e3',
  delete: '#9b1c1c',
  deleteBackground: '#fbe3e3',
  highlight: '#fff1a8',
} as const;

/** Colour of each severity: the squiggle, the icon and the word share it. */
export const SEVERITY_COLORS: Readonly<Record<Severity, string>> = {
  critical: PALETTE.critical,
  major: PALETTE.major,
  minor: PALETTE.minor,
};

/** Shape drawn for each severity, so severity never rests on colour alone. */
export const SEVERITY_SHAPES: Readonly<Record<Severity, string>> = {
  critical: '⬣',
  major: '▲',
  minor: '●',
};

/** Icon for each status, beside its word. */
export const STATUS_ICONS: Readonly<Record<SegmentStatus, string>> = {
  new: '○',
  draft: '✎',
  translated: '✓',
  approved: '✔',
  rejected: '✖',
};

/** Colour of each status word. */
export const STATUS_COLORS: Readonly<Record<SegmentStatus, string>> = {
  new: PALETTE.textMuted,
  draft: PALETTE.textMuted,
  translated: PALETTE.accent,
  approved: PALETTE.ok,
  rejected: PALETTE.critical,
};

/** Every foreground/background pair the stylesheet uses for text, for the contrast test. */
export const TEXT_PAIRS: readonly (readonly [string, string, string])[] = [
  ['text on background', PALETTE.text, PALETTE.background],
  ['text on surface', PALETTE.text, PALETTE.surface],
  ['text on selected row', PALETTE.text, PALETTE.surfaceSelected],
  ['muted on background', PALETTE.textMuted, PALETTE.background],
  ['muted on surface', PALETTE.textMuted, PALETTE.surface],
  ['muted on selected row', PALETTE.textMuted, PALETTE.surfaceSelected],
  ['accent on background', PALETTE.accent, PALETTE.background],
  ['button text on accent', PALETTE.background, PALETTE.accent],
  ['critical on background', PALETTE.critical, PALETTE.background],
  ['critical on selected row', PALETTE.critical, PALETTE.surfaceSelected],
  ['major on background', PALETTE.major, PALETTE.background],
  ['major on selected row', PALETTE.major, PALETTE.surfaceSelected],
  ['minor on background', PALETTE.minor, PALETTE.background],
  ['minor on selected row', PALETTE.minor, PALETTE.surfaceSelected],
  ['ok on background', PALETTE.ok, PALETTE.background],
  ['ok on surface', PALETTE.ok, PALETTE.surface],
  ['inserted text', PALETTE.insert, PALETTE.insertBackground],
  ['deleted text', PALETTE.delete, PALETTE.deleteBackground],
  ['highlighted English', PALETTE.text, PALETTE.highlight],
];
