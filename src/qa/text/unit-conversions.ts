// Measurements that a translation into French converts from US/imperial units to metric ones: the French number
// then differs from the English one on purpose (100 °F → 38 °C, 5 miles → 8 km).

/** What a measurement measures; a conversion only pairs measurements of the same kind. */
type Dimension = 'length' | 'mass' | 'volume' | 'temperature' | 'speed';

/** A number read with its unit, converted to the base unit of its kind (metre, kilogram, litre, °C, km/h). */
export interface Measure {
  readonly dimension: Dimension;
  /** Values in the base unit this measure may stand for (a gallon is US or imperial). */
  readonly base: readonly number[];
}

interface Unit {
  readonly dimension: Dimension;
  readonly toBase: readonly ((value: number) => number)[];
}

const times =
  (...factors: number[]) =>
  (value: number) =>
    factors.reduce((product, factor) => product * factor, value);

// English units a translation converts, by the way they are written after a number (space or hyphen between).
const ENGLISH_UNITS: readonly (readonly [RegExp, Unit])[] = [
  [/(?:°[ \u00a0]?F|degrees?[ \u00a0](?:Fahrenheit|F)|Fahrenheit)\b/iy, fahrenheit()],
  [/(?:miles?[ \u00a0](?:per|an|a)[ \u00a0]hour|mph)\b/iy, { dimension: 'speed', toBase: [times(1.609344)] }],
  [/(?:miles?|mi)\b/iy, { dimension: 'length', toBase: [times(1609.344)] }],
  [/(?:feet|foot|ft)\b/iy, { dimension: 'length', toBase: [times(0.3048)] }],
  [/(?:inch(?:es)?\b|in\.)/iy, { dimension: 'length', toBase: [times(0.0254)] }],
  [/(?:yards?|yd)\b/iy, { dimension: 'length', toBase: [times(0.9144)] }],
  [/(?:pounds?|lbs?)\b/iy, { dimension: 'mass', toBase: [times(0.45359237)] }],
  [/(?:ounces?|oz)\b/iy, { dimension: 'mass', toBase: [times(0.028349523)] }],
  [/(?:gallons?|gal)\b/iy, { dimension: 'volume', toBase: [times(3.785411784), times(4.54609)] }],
];

// Metric units as French writes them after a number.
const FRENCH_UNITS: readonly (readonly [RegExp, Unit])[] = [
  [
    /(?:°[ \u00a0\u202f]?C|degrés?(?:[ \u00a0]Celsius)?)(?![\p{L}])/iuy,
    { dimension: 'temperature', toBase: [times(1)] },
  ],
  [
    /(?:km\/h|kilomètres?[ \u00a0](?:à|par)[ \u00a0]l[’']?[ \u00a0]?heure|kilomètres?-heure)(?![\p{L}])/iuy,
    { dimension: 'speed', toBase: [times(1)] },
  ],
  [/(?:kilomètres?|km)(?![\p{L}])/iuy, { dimension: 'length', toBase: [times(1000)] }],
  [/(?:centimètres?|cm)(?![\p{L}])/iuy, { dimension: 'length', toBase: [times(0.01)] }],
  [/(?:millimètres?|mm)(?![\p{L}])/iuy, { dimension: 'length', toBase: [times(0.001)] }],
  [/(?:mètres?|m)(?![\p{L}])/iuy, { dimension: 'length', toBase: [times(1)] }],
  [/(?:kilogrammes?|kilos?|kg)(?![\p{L}])/iuy, { dimension: 'mass', toBase: [times(1)] }],
  [/(?:grammes?|g)(?![\p{L}])/iuy, { dimension: 'mass', toBase: [times(0.001)] }],
  [/(?:tonnes?|t)(?![\p{L}])/iuy, { dimension: 'mass', toBase: [times(1000)] }],
  [/(?:litres?|l)(?![\p{L}])/iuy, { dimension: 'volume', toBase: [times(1)] }],
  [/(?:millilitres?|ml)(?![\p{L}])/iuy, { dimension: 'volume', toBase: [times(0.001)] }],
  [/(?:centilitres?|cl)(?![\p{L}])/iuy, { dimension: 'volume', toBase: [times(0.01)] }],
];

function fahrenheit(): Unit {
  return { dimension: 'temperature', toBase: [(value) => ((value - 32) * 5) / 9] };
}

const SEPARATOR = /[ \u00a0\u202f-]?/y;

function measureAfter(text: string, end: number, value: number, units: readonly (readonly [RegExp, Unit])[]) {
  SEPARATOR.lastIndex = end;
  SEPARATOR.exec(text);
  const at = SEPARATOR.lastIndex;
  for (const [pattern, unit] of units) {
    pattern.lastIndex = at;
    if (pattern.test(text)) return { dimension: unit.dimension, base: unit.toBase.map((convert) => convert(value)) };
  }
  return null;
}

/** The imperial or US measure of the English number ending at `end` ("100°F", "5 miles", "10-foot"), or null. */
export function englishMeasure(english: string, end: number, value: number): Measure | null {
  return measureAfter(english, end, value, ENGLISH_UNITS);
}

/** The metric measure of the French number ending at `end` ("38 °C", "8 kilomètres", "90 kg"), or null. */
export function frenchMeasure(french: string, end: number, value: number): Measure | null {
  return measureAfter(french, end, value, FRENCH_UNITS);
}

/**
 * True when the French measure is the English one converted and rounded: within 5 % (or, for temperatures,
 * 1.5 degrees, since 0 °C has no meaningful ratio).
 */
export function isConversion(english: Measure, french: Measure): boolean {
  if (english.dimension !== french.dimension) return false;
  const [value] = french.base as [number];
  return english.base.some((expected) => {
    const tolerance =
      english.dimension === 'temperature' ? Math.max(1.5, Math.abs(expected) * 0.03) : Math.abs(expected) * 0.05;
    return Math.abs(value - expected) <= tolerance;
  });
}
