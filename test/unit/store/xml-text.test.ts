import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeXmlAttribute, escapeXmlText } from '../../../src/store/xml-text.ts';

describe('escapeXmlText', () => {
  test('returns text that needs nothing as it is, no-break spaces and guillemets included', () => {
    const text = 'Les attaques de rançongiciels\u00a0: « bien réelles » — 30\u202f000 €';
    assert.equal(escapeXmlText(text), text);
  });

  test('escapes markup characters and keeps a carriage return as a reference', () => {
    assert.equal(escapeXmlText('a < b & c > d\r\n'), 'a &lt; b &amp; c &gt; d&#13;\n');
  });

  test('turns characters XML cannot carry into U+FFFD and keeps a paired surrogate', () => {
    assert.equal(escapeXmlText('x\u0001y\uFFFEz'), 'x\uFFFDy\uFFFDz');
    assert.equal(escapeXmlText('lone \uD800 high, lone \uDC00 low'), 'lone \uFFFD high, lone \uFFFD low');
    assert.equal(escapeXmlText('emoji 😀'), 'emoji 😀');
  });
});

describe('escapeXmlAttribute', () => {
  test('escapes quotes, tabs and line breaks as well as what text needs', () => {
    assert.equal(escapeXmlAttribute('say "oui"\tthen\nstop & go'), 'say &quot;oui&quot;&#9;then&#10;stop &amp; go');
  });

  test('returns a plain value as it is', () => {
    assert.equal(escapeXmlAttribute('Relecture 2026-12-04T19:00:00Z'), 'Relecture 2026-12-04T19:00:00Z');
  });
});
