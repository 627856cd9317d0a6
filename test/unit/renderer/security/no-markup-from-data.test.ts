import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';

function rendererSources(dir = 'renderer'): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...rendererSources(path));
    else if (name.endsWith('.ts')) files.push(path);
  }
  return files;
}

describe('the renderer never turns data into markup', () => {
  test('uses no innerHTML, outerHTML, insertAdjacentHTML, document.write or eval', () => {
    const offenders: string[] = [];
    for (const file of rendererSources()) {
      const code = readFileSync(file, 'utf8').replace(/^\s*\/\/.*$/gm, '');
      for (const sink of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function']) {
        if (code.includes(sink)) offenders.push(`${file}: ${sink}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('imports no Node built-in and no electron', () => {
    const offenders: string[] = [];
    for (const file of rendererSources()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from '([^']+)'/g)) {
        const specifier = match[1]!;
        if (
          specifier === 'electron' ||
          specifier.startsWith('node:') ||
          ['fs', 'path', 'os', 'http', 'crypto', 'child_process'].includes(specifier)
        ) {
          offenders.push(`${file}: ${specifier}`);
        }
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('reaches into src/ only for types, the API helpers and the i18n catalogues', () => {
    const allowed =
      /^(\.\.\/)+src\/(api\/(contract|views|methods|http-protocol)|model\/[a-z-]+|i18n\/create-i18n)\.ts$/;
    const offenders: string[] = [];
    for (const file of rendererSources()) {
      for (const match of readFileSync(file, 'utf8').matchAll(/from '((?:\.\.\/)+src\/[^']+)'/g)) {
        if (!allowed.test(match[1]!)) offenders.push(`${file}: ${match[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });

  test('loads its only script from a file, with a slot for the Content Security Policy', () => {
    const html = readFileSync('renderer/index.html', 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    assert.match(scripts[0]![1]!, /src="\.\/main\.js"/);
    assert.equal(scripts[0]![2]!.trim(), '');
    assert.doesNotMatch(html, /\son[a-z]+=/i);
    assert.ok(html.includes('<!-- CSP -->'));
  });
});
