import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { SHORTCUTS } from '../../../../renderer/keyboard/keymap.ts';
import { EXPORT_FORMATS } from '../../../../renderer/report/report-view.ts';
import en from '../../../../src/i18n/locales/en/ui.json' with { type: 'json' };
import fr from '../../../../src/i18n/locales/fr/ui.json' with { type: 'json' };
import { MQM_CATEGORIES, SEVERITIES } from '../../../../src/model/flag.ts';
import { SEGMENT_STATUSES } from '../../../../src/model/segment.ts';

// i18next plural forms share a base key: `x_one` and `x_other` both answer `t('x', { count })`.
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(tree: unknown, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [name, value] of Object.entries(tree as Record<string, unknown>)) {
    const path = prefix === '' ? name : `${prefix}.${name}`;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [key, text] of flatten(value, path)) keys.set(key, text);
  }
  return keys;
}

function baseKeys(keys: Map<string, string>): Set<string> {
  return new Set([...keys.keys()].map((key) => key.replace(PLURAL_SUFFIX, '')));
}

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) files.push(path);
  }
  return files;
}

const english = flatten(en);
const french = flatten(fr);
const englishBase = baseKeys(english);
const frenchBase = baseKeys(french);

/** The check ids the core defines: `id: '…'` literals and `lexiconCheck('…')` factories in src/qa/checks. */
function checkIds(): string[] {
  let files: string[] = [];
  try {
    files = sourceFiles('src/qa/checks');
  } catch {
    return [];
  }
  const ids = new Set<string>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^\s+id: '([a-z][a-z0-9-]*)'/gm)) ids.add(match[1]!);
    for (const match of text.matchAll(/lexiconCheck\('([a-z][a-z0-9-]*)'/g)) ids.add(match[1]!);
  }
  return [...ids].sort();
}

/** The plural forms each language's rules ask for: English one/other, French one/many/other (1 000 000 de …). */
function pluralForms(language: 'en' | 'fr'): string[] {
  return [...new Intl.PluralRules(language).resolvedOptions().pluralCategories].sort();
}

/** Base key → the plural forms the catalogue gives it. */
function pluralKeys(keys: Map<string, string>): Map<string, string[]> {
  const forms = new Map<string, string[]>();
  for (const key of keys.keys()) {
    const match = key.match(PLURAL_SUFFIX);
    if (!match) continue;
    const base = key.replace(PLURAL_SUFFIX, '');
    forms.set(base, [...(forms.get(base) ?? []), match[1]!].sort());
  }
  return forms;
}

/** `{{name}}` and `{{name, format}}` placeholders of a message. */
function placeholders(value: string): string[] {
  return [...value.matchAll(/\{\{(\w+)(?:\s*,[^}]*)?\}\}/g)].map((match) => match[1]!).sort();
}

/** A message for every form of a plural key: the language's `other` stands for its forms in the other language. */
function sameForm(key: string, catalogue: Map<string, string>): string | undefined {
  return catalogue.get(key) ?? catalogue.get(key.replace(PLURAL_SUFFIX, '_other'));
}

describe('the ui catalogues', () => {
  test('have the same keys in English and French, plural forms aside', () => {
    const missingInFrench = [...englishBase].filter((key) => !frenchBase.has(key));
    const missingInEnglish = [...frenchBase].filter((key) => !englishBase.has(key));
    assert.deepEqual({ missingInFrench, missingInEnglish }, { missingInFrench: [], missingInEnglish: [] });
  });

  test('give every plural key each form its language needs (French "many" answered the raw key for a million)', () => {
    for (const [language, keys] of [
      ['en', english],
      ['fr', french],
    ] as const) {
      const wrong = [...pluralKeys(keys)].filter(([, forms]) => forms.join() !== pluralForms(language).join());
      assert.deepEqual(wrong, [], language);
    }
    assert.deepEqual([...pluralKeys(english).keys()].sort(), [...pluralKeys(french).keys()].sort());
  });

  test('count every counted noun with plural forms: no "{{n}} segments" under a key without them', () => {
    for (const [language, keys] of [
      ['en', english],
      ['fr', french],
    ] as const) {
      const plural = pluralKeys(keys);
      const counted = [...keys].filter(
        ([key, text]) =>
          !plural.has(key.replace(PLURAL_SUFFIX, '')) &&
          /\{\{\w+(?:, number)?\}\}\)? (segments?|comments?|commentaires?|words?|mots?|flags?|alertes?)\b/.test(text),
      );
      assert.deepEqual(counted, [], language);
    }
  });

  test('have no empty message and keep every {{placeholder}} in both languages', () => {
    for (const [key, text] of [...english, ...french]) {
      assert.notEqual(text.trim(), '', `${key} is empty`);
    }
    for (const [key, text] of english) {
      const frText = sameForm(key, french) ?? '';
      assert.deepEqual(placeholders(frText), placeholders(text), `placeholders differ in ${key}`);
    }
  });

  test('write counts the French way, with a narrow no-break space between thousands', () => {
    const counts = [...english, ...french].filter(([key]) => PLURAL_SUFFIX.test(key));
    const unformatted = counts.filter(([, text]) => /\{\{count\}\}/.test(text)).map(([key]) => key);
    assert.deepEqual(unformatted, []);
  });

  test('contain every key the renderer passes to t()', () => {
    const used = new Set<string>();
    for (const file of sourceFiles('renderer')) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/\bt\(\s*'([^'$]+)'/g)) used.add(match[1]!);
    }
    assert.ok(used.size > 100, `only ${used.size} keys found: the scan is broken`);
    const missing = [...used].filter((key) => !key.includes(':') && !(englishBase.has(key) && frenchBase.has(key)));
    assert.deepEqual(missing, []);
  });

  test('name every status, severity, MQM category, export format and shortcut', () => {
    const needed = [
      ...SEGMENT_STATUSES.map((status) => `status.${status}`),
      ...SEVERITIES.map((severity) => `severity.${severity}`),
      ...MQM_CATEGORIES.map((category) => `category.${category}`),
      ...EXPORT_FORMATS.map((format) => `export.${format}`),
      ...SHORTCUTS.map((shortcut) => `command.${shortcut.command}`),
      'role.translator',
      'role.editor',
    ];
    assert.deepEqual(
      needed.filter((key) => !english.has(key) || !french.has(key)),
      [],
    );
  });

  test('name every check the core defines', () => {
    const ids = checkIds();
    assert.deepEqual(
      ids.filter((id) => !english.has(`check.${id}`) || !french.has(`check.${id}`)),
      [],
    );
  });

  test('speak French in the French catalogue', () => {
    assert.equal(french.get('review.approve'), 'Approuver');
    const identical = [...english].filter(([key, text]) => french.get(key) === text && text.split(/\s+/).length > 2);
    assert.deepEqual(identical, []);
  });
});
