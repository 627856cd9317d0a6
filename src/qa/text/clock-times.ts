// English often gives times on the 12-hour clock (5 p.m.); French writes them on the 24-hour clock (17 h).
const MERIDIEM = /(?::[0-5]\d)?[ \u00a0]?([ap])\.?[ \u00a0]?m\b\.?/iy;

/**
 * The 24-hour value of an hour of the English written before "a.m."/"p.m." ("5 p.m." → 17, "12 p.m." → 12,
 * "12 a.m." → 0, "9:30 am" → 9), or null when the number at `start`–`end` is not such an hour.
 */
export function twentyFourHour(english: string, start: number, end: number, value: number): number | null {
  if (!Number.isInteger(value) || value < 1 || value > 12 || english[start - 1] === ':') return null;
  MERIDIEM.lastIndex = end;
  const match = MERIDIEM.exec(english);
  if (!match) return null;
  const afternoon = match[1]!.toLowerCase() === 'p';
  if (value === 12) return afternoon ? 12 : 0;
  return afternoon ? value + 12 : value;
}
