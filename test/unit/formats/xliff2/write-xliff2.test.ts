import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readTmx } from '../../../../src/formats/tmx/read-tmx.ts';
import { parseXliff2, readXliff2 } from '../../../../src/formats/xliff2/read-xliff2.ts';
import { writeXliff2 } from '../../../../src/formats/xliff2/write-xliff2.ts';
import type { BilingualDocument, BilingualUnit } from '../../../../src/model/bilingual.ts';
import { validateBilingualFile } from '../../../../src/validate/validate-bilingual-file.ts';
import { changedLines, fixtureBytes, utf8, xliff2 } from '../fixture.ts';

const original = new TextDecoder().decode(fixtureBytes('samples/sample.en-fr.xlf'));
const doc = readXliff2(fixtureBytes('samples/sample.en-fr.xlf'), 'sample.en-fr.xlf');

/** The document with unit `id` changed by `change`. */
function edit(document: BilingualDocument, id: string, change: Partial<BilingualUnit>): BilingualDocument {
  return { ...document, units: document.units.map((unit) => (unit.id === id ? { ...unit, ...change } : unit)) };
}

/** Model fields that must survive a round trip (the skeleton aside). */
function modelOf(document: BilingualDocument) {
  return document.units.map(({ id, source, target, codes, state, subState, notes, issues }) => ({
    id,
    source,
    target,
    codes,
    state,
    subState,
    notes,
    issues,
  }));
}

describe('writeXliff2', () => {
  test('gives back the input byte for byte when nothing changed', () => {
    assert.equal(writeXliff2(doc), original);
  });

  test('changes only the edited target when the user fixes a wrong sense', () => {
    const fixed = edit(doc, 'title', {
      target: '⟨1⟩Les attaques de rançongiciels⟨/1⟩ contre les hôpitaux ont doublé en 2023',
    });
    assert.deepEqual(changedLines(original, writeXliff2(fixed)), [
      '-<target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Les grèves de rançongiciels</pc> contre les hôpitaux ont doublé en 2023</target>',
      '+<target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Les attaques de rançongiciels</pc> contre les hôpitaux ont doublé en 2023</target>',
    ]);
  });

  test('changes only the segment tag when the state changes', () => {
    const reviewed = edit(doc, 'p2-s1', { state: 'reviewed', subState: 'relecture:approved' });
    assert.deepEqual(changedLines(original, writeXliff2(reviewed)), [
      '-<segment state="initial">',
      '+<segment state="reviewed" subState="relecture:approved">',
    ]);
  });

  test('adds a target where there was none, after the source', () => {
    const written = writeXliff2(edit(doc, 'p2-s3', { target: 'Un porte-parole a refusé de commenter.' }));
    assert.deepEqual(changedLines(original, written), ['+<target>Un porte-parole a refusé de commenter.</target>']);
    assert.equal(readXliff2(utf8(written), 'x.xlf').units[5]!.target, 'Un porte-parole a refusé de commenter.');
  });

  test('fills a self-closing target and removes a target the user emptied out of the model', () => {
    const text = xliff2(
      '    <unit id="a"><segment><source>Strikes.</source><target/></segment></unit>\n' +
        '    <unit id="b"><segment><source>Fire.</source><target>Feu.</target></segment></unit>',
    );
    const read = parseXliff2(text, 'x.xlf');
    const written = writeXliff2(edit(edit(read, 'a', { target: 'Attaques.' }), 'b', { target: null }));
    assert.match(written, /<source>Strikes\.<\/source><target>Attaques\.<\/target><\/segment>/);
    assert.match(written, /<source>Fire\.<\/source><\/segment>/);
    assert.deepEqual(
      parseXliff2(written, 'x.xlf').units.map((unit) => unit.target),
      ['Attaques.', null],
    );
  });

  test('adds a notes element to a unit that had none', () => {
    const written = writeXliff2(
      edit(doc, 'p2-s1', { notes: [{ text: 'press charges = porter plainte', category: 'review' }] }),
    );
    assert.deepEqual(changedLines(original, written), [
      '+<notes><note category="review">press charges = porter plainte</note></notes>',
    ]);
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.xlf'), []);
  });

  test('writes a new quality issue as sm/em markers that read back at the same offsets', () => {
    const unit = doc.units[3]!;
    const start = unit.target!.indexOf('appuyer sur les charges');
    const issue = {
      type: 'mistranslation',
      comment: 'press charges = porter plainte',
      itsSeverity: 80,
      severity: 'critical' as const,
      start,
      end: start + 'appuyer sur les charges'.length,
      enabled: true,
    };
    const written = writeXliff2(edit(doc, 'p2-s1', { issues: [issue] }));
    const again = readXliff2(utf8(written), 'x.xlf').units[3]!;
    assert.equal(again.target, unit.target);
    assert.deepEqual(again.issues, [{ ...issue, id: 'lqi1' }]);
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.xlf'), []);
  });

  test('declares the ITS namespace when a new issue needs it', () => {
    const plain = parseXliff2(
      xliff2('<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>').replace(
        ' xmlns:its="http://www.w3.org/2005/11/its"',
        '',
      ),
      'plain.xlf',
    );
    const issue = {
      type: 'other',
      comment: '',
      itsSeverity: 10,
      severity: 'minor' as const,
      start: 0,
      end: 1,
      enabled: true,
    };
    const written = writeXliff2(edit(plain, 'u1', { issues: [issue] }));
    assert.match(
      written,
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr" xmlns:its="http:\/\/www.w3.org\/2005\/11\/its">/,
    );
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.xlf'), []);
    // A file that bound the ITS namespace to another prefix gets `its` bound as well, so the new markers parse.
    const other = parseXliff2(
      xliff2('<unit id="u1"><segment><source>a</source><target>b</target></segment></unit>').replace(
        ' xmlns:its="http://www.w3.org/2005/11/its"',
        ' xmlns:q="http://www.w3.org/2005/11/its"',
      ),
      'other.xlf',
    );
    const rewritten = writeXliff2(edit(other, 'u1', { issues: [issue] }));
    assert.match(
      rewritten,
      /xmlns:q="http:\/\/www.w3.org\/2005\/11\/its" [^>]*xmlns:its="http:\/\/www.w3.org\/2005\/11\/its"/,
    );
    assert.deepEqual(validateBilingualFile(utf8(rewritten), 'x.xlf'), []);
    assert.deepEqual(parseXliff2(rewritten, 'x.xlf').units[0]!.issues, [{ ...issue, id: 'lqi1' }]);
  });

  test('drops a paired code whose closing placeholder the user deleted, keeping the file well formed', () => {
    const written = writeXliff2(edit(doc, 'title', { target: '⟨1⟩Les attaques de rançongiciels contre les hôpitaux' }));
    assert.match(written, /<target>Les attaques de rançongiciels contre les hôpitaux<\/target>/);
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.xlf'), []);
  });

  test('puts a moved placeholder where the user moved it', () => {
    const written = writeXliff2(edit(doc, 'p1-s2', { target: '⟨1/⟩Les patients ont été transférés.' }));
    assert.match(written, /<target><ph id="1" dataRef="d3"\/>Les patients ont été transférés\.<\/target>/);
  });

  test('escapes markup characters the user typed', () => {
    const written = writeXliff2(edit(doc, 'p2-s2', { target: 'R&D < 5 %' }));
    assert.match(written, /<target>R&amp;D &lt; 5 %<\/target>/);
  });

  test('keeps unknown elements, attributes and namespaces when writing back a change', () => {
    const xml = xliff2(
      `<unit id="u1" acme:flag="x" xmlns:acme="urn:acme"><acme:extra>keep me</acme:extra>
      <segment><source>Hello</source><target>Bonjour</target></segment></unit>`,
    );
    const written = writeXliff2(edit(parseXliff2(xml, 'f.xlf'), 'u1', { target: 'Salut' }));
    assert.equal(written, xml.replace('Bonjour', 'Salut'));
  });

  test('reads back the same model after a fresh write, and the fresh file is valid', () => {
    const fresh = writeXliff2({ ...doc, preserved: undefined, format: 'tmx' });
    assert.deepEqual(validateBilingualFile(utf8(fresh), 'fresh.xlf'), []);
    const again = readXliff2(utf8(fresh), 'fresh.xlf');
    assert.deepEqual(
      again.units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.notes, unit.issues]),
      doc.units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.notes, unit.issues]),
    );
  });

  test('turns codes read from TMX into XLIFF 2 codes whose originalData holds the native codes', () => {
    const memory = readTmx(fixtureBytes('memory.en-fr.utf16le.tmx'), 'memory.tmx');
    const exported = writeXliff2({ ...memory, format: 'xliff2', preserved: undefined });
    assert.match(
      exported,
      /<originalData><data id="d1">&lt;b&gt;<\/data><data id="d2">&lt;\/b&gt;<\/data><\/originalData>/,
    );
    assert.match(
      exported,
      /<target>Les <sc id="1" dataRef="d1"\/>grèves<ec startRef="1" dataRef="d2"\/> de rançongiciels/,
    );
    assert.deepEqual(validateBilingualFile(utf8(exported), 'export.xlf'), []);
  });

  test('still writes back exactly after the document went through JSON, as a saved project stores it', () => {
    const stored = JSON.parse(JSON.stringify(doc)) as BilingualDocument;
    assert.equal(writeXliff2(stored), original);
    const fixed = edit(stored, 'p2-s1', { target: 'L’hôpital n’a pas encore décidé s’il allait porter plainte.' });
    assert.deepEqual(changedLines(original, writeXliff2(fixed)), [
      '-<target>L’hôpital n’a pas encore décidé s’il allait appuyer sur les charges.</target>',
      '+<target>L’hôpital n’a pas encore décidé s’il allait porter plainte.</target>',
    ]);
  });

  test('reads back the same model after writing back an unchanged document', () => {
    assert.deepEqual(modelOf(readXliff2(utf8(writeXliff2(doc)), 'again.xlf')), modelOf(doc));
  });
});
