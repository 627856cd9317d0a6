import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseXliff2, readXliff2 } from '../../../../src/formats/xliff2/read-xliff2.ts';
import { fixtureBytes, rejection, utf8, xliff2 } from '../fixture.ts';

describe('readXliff2', () => {
  const doc = readXliff2(fixtureBytes('samples/sample.en-fr.xlf'), 'sample.en-fr.xlf');

  test('reads every segment of the sample with its languages', () => {
    assert.equal(doc.format, 'xliff2');
    assert.deepEqual([doc.sourceLang, doc.targetLang], ['en', 'fr']);
    assert.deepEqual(
      doc.units.map((unit) => unit.id),
      ['title', 'p1-s1', 'p1-s2', 'p2-s1', 'p2-s2', 'p2-s3'],
    );
  });

  test('turns a pc code into visible placeholders and keeps its exact markup', () => {
    const title = doc.units[0]!;
    assert.equal(title.target, '⟨1⟩Les grèves de rançongiciels⟨/1⟩ contre les hôpitaux ont doublé en 2023');
    assert.deepEqual(
      title.codes.map((code) => `${code.kind}:${code.markup}`),
      ['open:<pc id="1" dataRefStart="d1" dataRefEnd="d2">', 'close:</pc>'],
    );
  });

  test('turns a ph code into a standalone placeholder', () => {
    assert.match(doc.units[2]!.source, /servers\.⟨1\/⟩$/);
  });

  test('reads state, notes with category and appliesTo, and a missing target as null', () => {
    assert.equal(doc.units[2]!.state, 'translated');
    assert.deepEqual(doc.units[1]!.notes, [
      {
        text: 'Use « rançongiciel », the term recommended in France and Quebec.',
        category: 'terminology',
        appliesTo: 'target',
      },
    ]);
    assert.equal(doc.units[5]!.target, null);
  });

  test('reads an ITS quality issue on mrk as an issue over the marked French words', () => {
    const unit = doc.units[1]!;
    const issue = unit.issues[0]!;
    assert.equal(unit.target!.slice(issue.start, issue.end), 'éventuellement');
    assert.deepEqual(
      [issue.type, issue.itsSeverity, issue.severity, issue.enabled],
      ['mistranslation', 70, 'major', true],
    );
    assert.match(issue.comment, /False friend/);
  });

  test('reads an ITS quality issue written with sm and em markers', () => {
    const xml = xliff2(`<unit id="u1"><segment><source>Ransomware strikes</source>
      <target><sm id="q" type="its:lqi" its:locQualityIssueType="terminology" its:locQualityIssueSeverity="90" its:locQualityIssueEnabled="no"/>Les grèves<em startRef="q"/> de rançongiciels</target></segment></unit>`);
    const unit = parseXliff2(xml, 'f.xlf').units[0]!;
    assert.equal(unit.target, 'Les grèves de rançongiciels');
    const issue = unit.issues[0]!;
    assert.deepEqual(
      [unit.target!.slice(issue.start, issue.end), issue.severity, issue.enabled],
      ['Les grèves', 'critical', false],
    );
  });

  test('reads sc/ec pairs, cp characters and several segments per unit', () => {
    const xml = xliff2(`<unit id="u1">
      <segment id="s1"><source><sc id="1"/>Bold<ec startRef="1"/> text<cp hex="0007"/></source></segment>
      <segment id="s2" state="final" subState="acme:locked"><source>Two</source><target>Deux</target></segment>
    </unit>`);
    const units = parseXliff2(xml, 'f.xlf').units;
    assert.deepEqual(
      units.map((unit) => unit.id),
      ['u1_s1', 'u1_s2'],
    );
    assert.equal(units[0]!.source, '⟨1⟩Bold⟨/1⟩ text\u0007');
    assert.deepEqual([units[1]!.state, units[1]!.subState], ['final', 'acme:locked']);
  });

  test('reads each unit on its own: nothing of a unit with codes, notes or two segments carries into the next', () => {
    const xml = xliff2(`<unit id="a"><notes><note>N</note></notes>
      <segment id="1" state="final"><source><ph id="1"/>One</source><target><ph id="1"/>Un</target></segment>
      <segment id="2"><source>Two</source><target>Deux</target></segment>
    </unit>
    <unit id="b"><segment><source>Three</source></segment></unit>
    <unit id="c"><segment state="translated"><source>Four</source><target>Quatre</target></segment></unit>`);
    const read = parseXliff2(xml, 'f.xlf').units.map(({ id, source, target, codes, notes, state }) => ({
      id,
      source,
      target,
      codes: codes.length,
      notes: notes.length,
      state,
    }));
    assert.deepEqual(read, [
      { id: 'a_1', source: '⟨1/⟩One', target: '⟨1/⟩Un', codes: 1, notes: 1, state: 'final' },
      { id: 'a_2', source: 'Two', target: 'Deux', codes: 0, notes: 0, state: undefined },
      { id: 'b', source: 'Three', target: null, codes: 0, notes: 0, state: undefined },
      { id: 'c', source: 'Four', target: 'Quatre', codes: 0, notes: 0, state: 'translated' },
    ]);
  });

  test('keeps unit ids unique across files: a repeated one is prefixed with its file id', () => {
    const unit = (text: string) => `<unit id="u1"><segment><source>${text}</source></segment></unit>`;
    const xml = xliff2(unit('One.')).replace('</file>', `</file>\n  <file id="f2">${unit('Two.')}</file>`);
    assert.deepEqual(
      parseXliff2(xml, 'two-files.xlf').units.map((read) => `${read.id} ${read.source}`),
      ['u1 One.', 'f2_u1 Two.'],
    );
  });

  test('reads units the same around originalData, modules and ignorable content, and still checks that content', () => {
    const unit = (extra: string) =>
      `<unit id="u1"><notes><note>n</note></notes>${extra}<segment state="translated"><source>S <ph id="1" dataRef="d1"/></source><target>C <ph id="1" dataRef="d1"/></target></segment><ignorable><source> </source></ignorable></unit>`;
    const extra =
      '<originalData><data id="d1">&lt;br/&gt;</data></originalData><mtc:matches xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0"><mtc:match ref="#m1"><source>x</source><target>y</target></mtc:match></mtc:matches>';
    const plain = parseXliff2(xliff2(unit('')), 'plain.xlf').units;
    const rich = parseXliff2(xliff2(unit(extra)), 'rich.xlf').units;
    // The originalData gives the codes their native data, and nothing else changes.
    assert.deepEqual(
      rich.map((read) => read.codes.map((code) => code.data)),
      [['<br/>']],
    );
    const withoutData = rich.map((read) => ({ ...read, codes: read.codes.map(({ data: _, ...code }) => code) }));
    assert.deepEqual(withoutData, plain);
    assert.deepEqual(
      rich.map((read) => `${read.id} ${read.source} | ${read.target} | ${read.notes.map((n) => n.text)}`),
      ['u1 S ⟨1/⟩ | C ⟨1/⟩ | n'],
    );
    // A unit outside any <file> (invalid XLIFF) is still read rather than dropped.
    const stray = xliff2('').replace('</file>', `</file>${unit('')}`);
    assert.deepEqual(
      parseXliff2(stray, 'stray.xlf').units.map((read) => read.id),
      ['u1'],
    );
    const broken = xliff2(unit(extra.replace('&lt;br/&gt;', '&lt;br/&nbsp;')));
    assert.match(
      rejection(() => parseXliff2(broken, 'broken.xlf')),
      /broken\.xlf:\d+:\d+: undeclared entity &nbsp;/,
    );
  });

  test('says a TMX file is not XLIFF', () => {
    const message = rejection(() => readXliff2(utf8('<tmx version="1.4"><header/><body/></tmx>'), 'memory.xlf'));
    assert.match(message, /this is a TMX file, not XLIFF 2/);
  });

  test('says an XLIFF 1.2 file is not XLIFF 2', () => {
    const message = rejection(() => readXliff2(fixtureBytes('memoq.en-fr.xlf'), 'memoq.xlf'));
    assert.match(message, /this is an XLIFF 1\.2 file, not XLIFF 2/);
  });
});
