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

describe('the ui catalogues', () => {
  test('have the same keys in English and French', () => {
    const missingInFrench = [...english.keys()].filter((key) => !french.has(key));
    const missingInEnglish = [...french.keys()].filter((key) => !english.has(key));
    assert.deepEqual({ missingInFrench, missingInEnglish }, { missingInFrench: [], missingInEnglish: [] });
  });

  test('have no empty message and keep every {{placeholder}} in both languages', () => {
    for (const [key, text] of english) {
      assert.notEqual(text.trim(), '', `en ${key} is empty`);
      const frText = french.get(key) ?? '';
      assert.notEqual(frText.trim(), '', `fr ${key} is empty`);
      const placeholders = (value: string) => [...value.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
      assert.deepEqual(placeholders(frText), placeholders(text), `placeholders differ in ${key}`);
    }
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
