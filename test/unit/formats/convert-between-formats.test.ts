import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import { conversionWarnings, writeBilingual } from '../../../src/formats/write-bilingual.ts';
import type { BilingualDocument, BilingualFormat } from '../../../src/model/bilingual.ts';
import { validateBilingualFile } from '../../../src/validate/validate-bilingual-file.ts';
import { formatProblem } from '../../../src/validate/validation-problem.ts';
import { fixtureBytes, utf8 } from './fixture.ts';

const EXTENSION: Partial<Record<BilingualFormat, string>> = { xliff2: 'xlf', xliff12: 'xlf', tmx: 'tmx' };

/** Writes `doc` as `format`, checks that the validator passes the output, and reads it back. */
function convert(doc: BilingualDocument, format: BilingualFormat): { text: string; doc: BilingualDocument } {
  const text = writeBilingual(doc, format);
  const name = `out.${format}.${EXTENSION[format]}`;
  assert.deepEqual(validateBilingualFile(utf8(text), name).map(formatProblem), [], `${format} output:\n${text}`);
  return { text, doc: readBilingualFile(utf8(text), name) };
}

/** Per unit: texts, states, notes and the native data of each code, as the placeholders name them. */
function contentOf(doc: BilingualDocument): string[] {
  return doc.units.map((unit) => {
    const data = unit.codes.map((code) => `${code.kind}:${code.data ?? '-'}`).join(' ');
    const notes = unit.notes.map((note) => note.text).join(' | ');
    return `${unit.source} => ${unit.target} [${unit.state ?? '-'}] {${data}} ${notes}`;
  });
}

/** Placeholder texts with the ids renamed in order of appearance, for comparing across formats that renumber. */
function placeholdersRenumbered(text: string | null): string | null {
  if (text === null) return null;
  const names = new Map<string, number>();
  return text.replace(/⟨(\/?)([^⟨⟩/\s]+)(\/?)⟩/g, (_, close: string, id: string, alone: string) => {
    if (!names.has(id)) names.set(id, names.size + 1);
    return `⟨${close}${names.get(id)}${alone}⟩`;
  });
}

/** Whether every placeholder of the target names a code the source names too (so tags pair across sides). */
function targetPairsWithSource(doc: BilingualDocument): boolean {
  const ids = (text: string) => [...text.matchAll(/⟨\/?([^⟨⟩/\s]+)\/?⟩/g)].map((match) => match[1]);
  return doc.units.every(
    (unit) => unit.target === null || ids(unit.target).every((id) => ids(unit.source).includes(id)),
  );
}

const memoq = readBilingualFile(fixtureBytes('memoq.en-fr.xlf'), 'memoq.en-fr.xlf');
const memory = readBilingualFile(fixtureBytes('memory.en-fr.utf16le.tmx'), 'memory.en-fr.utf16le.tmx');
const sample = readBilingualFile(fixtureBytes('samples/sample.en-fr.xlf'), 'sample.en-fr.xlf');

describe('readers keep the native data of each code', () => {
  test('XLIFF 1.2 bpt, ept and ph carry their content; g and x carry none', () => {
    assert.deepEqual(
      memoq.units.slice(0, 3).map((unit) => unit.codes.map((code) => code.data ?? '-')),
      [['-', '-'], ['<a href="https://example.com">', '</a>', '-'], ['{amount}']],
    );
  });

  test('XLIFF 2 codes carry the originalData their dataRef, dataRefStart and dataRefEnd point to', () => {
    assert.deepEqual(
      sample.units
        .map((unit) => unit.codes.map((code) => `${code.kind}:${code.data ?? '-'}`))
        .filter((codes) => codes.length > 0),
      [['open:<strong>', 'close:</strong>'], ['standalone:<br/>']],
    );
  });

  test('TMX bpt, ept and ph carry their content; hi carries none', () => {
    assert.deepEqual(
      memory.units.slice(0, 2).map((unit) => unit.codes.map((code) => code.data ?? '-')),
      [
        ['<b>', '</b>'],
        ['<br/>', '-', '-'],
      ],
    );
  });

  test('a TMX ph without x gets the same placeholder in source and target', () => {
    const text = new TextDecoder('utf-16le')
      .decode(fixtureBytes('memory.en-fr.utf16le.tmx'))
      .replace('UTF-16', 'UTF-8')
      .replaceAll('<ph x="1" type="lb">', '<ph type="lb">');
    const doc = readBilingualFile(utf8(text), 'no-x.tmx');
    assert.ok(targetPairsWithSource(doc), JSON.stringify(doc.units[1]));
  });
});

describe('converting between formats keeps the native codes and writes only the target format’s vocabulary', () => {
  test('TMX → XLIFF 2 → TMX gives back the <b> and <br/> codes, not XLIFF tags', () => {
    const xliff = convert(memory, 'xliff2');
    assert.match(xliff.text, /<data id="[^"]+">&lt;b&gt;<\/data>/);
    const back = convert(xliff.doc, 'tmx');
    assert.match(back.text, /<bpt i="1">&lt;b&gt;<\/bpt>strikes<ept i="1">&lt;\/b&gt;<\/ept>/);
    assert.match(back.text, /<ph x="1">&lt;br\/&gt;<\/ph>/);
    assert.doesNotMatch(back.text, /&lt;(sc|ec|ph|pc) /);
    assert.deepEqual(contentOf(back.doc).map(placeholdersRenumbered), contentOf(memory).map(placeholdersRenumbered));
    assert.ok(targetPairsWithSource(back.doc));
  });

  test('memoQ XLIFF 1.2 → TMX writes the <a href> and {amount} codes with TMX attributes only', () => {
    const tmx = convert(memoq, 'tmx');
    assert.match(
      tmx.text,
      /<bpt i="\d+">&lt;a href="https:\/\/example\.com"&gt;<\/bpt>here<ept i="\d+">&lt;\/a&gt;<\/ept>/,
    );
    assert.match(tmx.text, /<ph x="\d+">\{amount\}<\/ph>/);
    assert.doesNotMatch(tmx.text, /<(bpt|ept|ph|it|hi|ut)\b[^>]*\sid=/);
    assert.ok(targetPairsWithSource(tmx.doc));
    const data = (doc: BilingualDocument) => doc.units.map((unit) => unit.codes.map((code) => code.data ?? '-'));
    assert.deepEqual(data(tmx.doc), data(memoq));
  });

  test('memoQ XLIFF 1.2 → XLIFF 2 keeps code data in originalData, texts, states, notes and the file name', () => {
    const xliff = convert(memoq, 'xliff2');
    assert.match(xliff.text, /<data id="[^"]+">\{amount\}<\/data>/);
    assert.match(xliff.text, /<ph id="4" dataRef="[^"]+"\/>/);
    assert.match(xliff.text, /<file id="f1" original="C:\\Projects\\Acme\\press-release\.docx">/);
    assert.deepEqual(contentOf(xliff.doc), contentOf(memoq));
    const again = convert(xliff.doc, 'xliff12');
    assert.match(again.text, /<ph id="4">\{amount\}<\/ph>/);
    assert.match(again.text, /<bpt id="2">&lt;a href="https:\/\/example\.com"&gt;<\/bpt>/);
    // XLIFF 2 has no datatype: the file name comes through, the kind of file does not.
    assert.match(again.text, /original="C:\\Projects\\Acme\\press-release\.docx"[^>]*datatype="plaintext"/);
    assert.match(convert(memoq, 'xliff12').text, /datatype="x-docx"/);
    assert.deepEqual(contentOf(again.doc), contentOf(memoq));
  });

  test('XLIFF 2 → XLIFF 1.2 → XLIFF 2 writes 1.2 elements for the codes, never dataRef, and keeps their data', () => {
    const xliff12 = convert(sample, 'xliff12');
    assert.doesNotMatch(xliff12.text, /dataRef/);
    assert.match(
      xliff12.text,
      /<bpt id="1">&lt;strong&gt;<\/bpt>Ransomware strikes<ept id="1">&lt;\/strong&gt;<\/ept>/,
    );
    assert.match(xliff12.text, /<ph id="1">&lt;br\/&gt;<\/ph>/);
    const back = convert(xliff12.doc, 'xliff2');
    assert.deepEqual(contentOf(back.doc), contentOf(sample));
  });

  test('XLIFF 2 written fresh as XLIFF 2 keeps its codes’ data references resolvable', () => {
    const fresh = convert({ ...sample, format: 'tmx' }, 'xliff2');
    assert.deepEqual(contentOf(fresh.doc), contentOf(sample));
  });

  test('codes with no native data become g/x in XLIFF 1.2 and empty bpt/ept in TMX', () => {
    const tmx = convert(memoq, 'tmx');
    assert.match(tmx.text, /Les <bpt i="1"><\/bpt>grèves<ept i="1"><\/ept>/);
    const xliff12 = convert(memory, 'xliff12');
    assert.match(xliff12.text, /<bx id="hi2" rid="hi2"\/>Jane Doe<ex id="hi2_e" rid="hi2"\/>/);
  });

  test('a code whose partner is not in the same text is written as an isolated code', () => {
    const broken = {
      ...memoq,
      units: memoq.units.map((unit) =>
        unit.id === '2' ? { ...unit, target: 'Cliquez ici⟨/2⟩ pour lire le rapport⟨3/⟩.' } : unit,
      ),
    };
    const tmx = convert(broken, 'tmx');
    assert.match(tmx.text, /Cliquez ici<it pos="end" x="\d+">&lt;\/a&gt;<\/it>/);
    // Written back onto the 1.2 file read, and written fresh.
    assert.match(convert(broken, 'xliff12').text, /Cliquez ici<it id="2" pos="close">&lt;\/a&gt;<\/it>/);
    const fresh = convert({ ...broken, format: 'tmx', preserved: undefined }, 'xliff12');
    assert.match(fresh.text, /Cliquez ici<it id="2" pos="close">&lt;\/a&gt;<\/it>/);
    const xliff = convert(broken, 'xliff2');
    assert.match(xliff.text, /Cliquez ici<ec id="2" isolated="yes" dataRef="[^"]+"\/>/);
  });
});

describe('conversionWarnings', () => {
  test('says when a TMX holds languages that a conversion leaves out', () => {
    assert.deepEqual(conversionWarnings(memory, 'xliff2'), [
      'the TMX holds text in de-DE, which the XLIFF 2 output leaves out (only en-GB and fr-FR are converted)',
    ]);
    assert.deepEqual(conversionWarnings(memory, 'tmx'), []);
    assert.deepEqual(conversionWarnings(memoq, 'tmx'), []);
  });
});

describe('segments of one unit', () => {
  const trados = readBilingualFile(fixtureBytes('trados-seg.en-fr.xlf'), 'trados-seg.en-fr.xlf');

  test('a Trados trans-unit split into two mrk segments becomes one XLIFF 2 unit with two segments, states kept', () => {
    const xliff = convert(trados, 'xliff2');
    assert.match(
      xliff.text,
      /<unit id="tu-1">\s*<segment id="1"[^>]*>[\s\S]*?<\/segment>\s*<segment id="2"[^>]*>[\s\S]*?<\/segment>\s*<\/unit>/,
    );
    assert.doesNotMatch(xliff.text, /tu-1_/);
    assert.deepEqual(
      xliff.doc.units.map((unit) => [unit.id, unit.segmentOf ?? '-', unit.source, unit.target, unit.state]),
      trados.units.map((unit) => [unit.id, unit.segmentOf ?? '-', unit.source, unit.target, unit.state]),
    );
  });

  test('an XLIFF 2 unit with several segments is written fresh as one unit again', () => {
    const text = new TextDecoder().decode(fixtureBytes('samples/sample.en-fr.xlf'));
    const split = text.replace(
      '<segment>\n        <source>Officials',
      '<segment id="s1"><source>One.</source><target>Un.</target></segment>\n      <segment id="s2">\n        <source>Officials',
    );
    const doc = readBilingualFile(utf8(split), 'split.xlf');
    const fresh = convert({ ...doc, format: 'tmx' }, 'xliff2');
    assert.match(fresh.text, /<unit id="p2-s2">\s*<segment id="s1">/);
    assert.deepEqual(
      fresh.doc.units.map((unit) => unit.id),
      doc.units.map((unit) => unit.id),
    );
  });
});
