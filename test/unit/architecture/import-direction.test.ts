import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';
import { repoPath } from '../../helpers/run-cli.ts';

// The three rooms of the house style, checked mechanically: src/ is the core, electron/ a thin shell, renderer/ the UI.

const root = repoPath('');
const NODE_BUILTINS =
  /^(node:|fs$|path$|os$|child_process$|http$|https$|net$|crypto$|worker_threads$|stream$|url$|util$|zlib$)/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|mts)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Import specifiers of a file, type-only ones marked, from static imports, re-exports and dynamic imports. */
function importsOf(file: string): { specifier: string; typeOnly: boolean }[] {
  const text = readFileSync(file, 'utf8');
  const found: { specifier: string; typeOnly: boolean }[] = [];
  for (const match of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    found.push({ specifier: match[3]!, typeOnly: Boolean(match[2]) });
  }
  for (const match of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm))
    found.push({ specifier: match[1]!, typeOnly: false });
  for (const match of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g))
    found.push({ specifier: match[1]!, typeOnly: false });
  return found;
}

function folderOf(file: string, specifier: string): string {
  return relative(root, resolve(dirname(file), specifier));
}

test('src/ never imports electron, monaco or anything from the shells or the UI', () => {
  const wrong: string[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    for (const { specifier } of importsOf(file)) {
      const target = specifier.startsWith('.') ? folderOf(file, specifier) : specifier;
      if (/^(electron|monaco-editor)/.test(specifier) || /^(electron|renderer)\//.test(target))
        wrong.push(`${relative(root, file)} → ${specifier}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('src/ never touches the DOM', () => {
  const wrong = sourceFiles(join(root, 'src')).filter((file) =>
    /\b(document|window)\.(getElementById|querySelector|createElement|body)\b/.test(readFileSync(file, 'utf8')),
  );
  assert.deepEqual(
    wrong.map((file) => relative(root, file)),
    [],
  );
});

test('renderer/ imports no Node built-in and no electron, and from src/ only the contract, the model and the catalogues', () => {
  const wrong: string[] = [];
  for (const file of sourceFiles(join(root, 'renderer'))) {
    for (const { specifier } of importsOf(file)) {
      if (NODE_BUILTINS.test(specifier) || specifier === 'electron')
        wrong.push(`${relative(root, file)} → ${specifier}`);
      if (!specifier.startsWith('.')) continue;
      const target = folderOf(file, specifier);
      if (!target.startsWith('src/')) continue;
      // The model is plain data (types and constant lists); the API is the contract; i18n the catalogues.
      const allowed =
        target.startsWith('src/i18n/') || target.startsWith('src/api/') || target.startsWith('src/model/');
      if (!allowed) wrong.push(`${relative(root, file)} → ${specifier}`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('electron/ reaches src/ only through its public entry points', () => {
  const entryPoints = new Set(['src/app/index.ts', 'src/api/index.ts']);
  const wrong: string[] = [];
  for (const file of sourceFiles(join(root, 'electron'))) {
    for (const { specifier } of importsOf(file)) {
      if (!specifier.startsWith('.')) continue;
      const target = folderOf(file, specifier);
      if (target.startsWith('src/') && !entryPoints.has(target)) wrong.push(`${relative(root, file)} → ${specifier}`);
      if (target.startsWith('renderer/')) wrong.push(`${relative(root, file)} → ${specifier}`);
    }
  }
  assert.deepEqual(wrong, []);
});
