import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ReviewAction, ReviewDocument } from '../../../src/model/review.ts';
import { applyAction } from '../../../src/review/apply-action.ts';
import { isProjectFile, readProjectFile } from '../../../src/store/project-file-read.ts';
import { writeProjectFile, writeTarget } from '../../../src/store/project-file-write.ts';
import { reviewOf } from './store-fixture.ts';

const editor = { user: 'Éd <"&">', role: 'editor' } as const;

function worked(): ReviewDocument {
  let review = reviewOf(4);
  let seq = 0;
  const act = (action: ReviewAction) => {
    seq++;
    review = applyAction(review, { ...action, actor: editor, at: `2026-12-04T12:00:0${seq % 10}Z`, seq });
  };
  act({ type: 'edit', segmentId: 's1', text: 'Des attaques de rançongiciels & « piratages »' });
  act({
    type: 'annotate',
    segmentId: 's1',
    start: 4,
    end: 12,
    category: 'accuracy/mistranslation',
    severity: 'major',
    comment: 'grèves → attaques',
    fromCheck: 'wrong-sense',
  });
  act({
    type: 'annotate',
    segmentId: 's1',
    start: 8,
    end: 20,
    category: 'style/calque',
    severity: 'minor',
    comment: '',
  });
  act({
    type: 'annotate',
    segmentId: 's1',
    start: 3,
    end: 3,
    category: 'accuracy/omission',
    severity: 'critical',
    comment: 'vide',
  });
  act({ type: 'comment', segmentId: 's1', text: 'Voir le "contexte" <ici>' });
  act({ type: 'reject', segmentId: 's2', reason: 'contresens\net plus' });
  act({ type: 'approve', segmentId: 's3' });
  act({ type: 'dismissFlag', segmentId: 's4', flagId: 'f:1', check: 'anglicism' });
  act({ type: 'setRetranslation', segmentId: 's4', text: 'Sentence back.' });
  act({ type: 'edit', segmentId: 's4', text: 'Phrase  4 modifiée.' });
  act({ type: 'undo', segmentId: 's4' });
  return review;
}

describe('project file', () => {
  test('reads back exactly the review it wrote, with the last sequence number', () => {
    const review = worked();
    const xml = writeProjectFile(review, 42);
    const read = readProjectFile(xml, 'p.relecture.xlf');
    assert.equal(read.lastSeq, 42);
    assert.deepEqual(JSON.parse(JSON.stringify(read.review)), JSON.parse(JSON.stringify(review)));
  });

  test('keeps the native data of inline codes, line breaks and markup characters included', () => {
    const review = worked();
    const first = review.segments[0]!;
    const codes = [
      { id: '1', kind: 'open', markup: '<bpt id="1">', data: '<a href="https://example.com?a=1&b=2">' },
      { id: '1', kind: 'close', markup: '<ept id="1">', data: '</a>' },
      { id: '2', kind: 'standalone', markup: '<ph id="2"/>', data: '{amount}\n\t"x"' },
      { id: '3', kind: 'standalone', markup: '<x id="3"/>' },
    ] as const;
    const withCodes = { ...review, segments: [{ ...first, codes }, ...review.segments.slice(1)] };
    const read = readProjectFile(writeProjectFile(withCodes, 1), 'p.relecture.xlf');
    assert.deepEqual(read.review.segments[0]!.codes, codes);
  });

  test('is an XLIFF 2.1 document with states, subStates and ITS quality issues', () => {
    const xml = writeProjectFile(worked(), 1);
    assert.ok(isProjectFile(xml));
    assert.match(
      xml,
      /<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0"[^>]* version="2\.1" srcLang="en" trgLang="fr"/,
    );
    assert.match(xml, /<segment state="reviewed" subState="relecture:rejected">/);
    assert.match(xml, /<segment state="final" subState="relecture:approved">/);
    assert.match(
      xml,
      /<mrk id="a1" type="its:lqi" its:locQualityIssueType="mistranslation" its:locQualityIssueSeverity="70"/,
    );
    assert.match(xml, /<sm id="a2" type="its:lqi" its:locQualityIssueType="style"/);
  });

  test('marks overlapping annotations with sm and em and nests nothing across', () => {
    const stamp = { author: 'x', at: 't' };
    const target = writeTarget('abcdef', [
      { id: 'a1', start: 0, end: 3, category: 'terminology', severity: 'minor', comment: '', ...stamp },
      { id: 'a2', start: 2, end: 5, category: 'terminology', severity: 'minor', comment: '', ...stamp },
    ]);
    assert.equal(
      target.replace(/ its:[^=]+="[^"]*"/g, ''),
      '<mrk id="a1" type="its:lqi">ab<sm id="a2" type="its:lqi"/>c</mrk>de<em startRef="a2"/>f',
    );
  });

  test('refuses a DOCTYPE and names the file and line of bad XML', () => {
    assert.throws(
      () => readProjectFile('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "b">]><x/>', 'bad.xlf'),
      /bad\.xlf:2.*DOCTYPE/,
    );
    assert.throws(() => readProjectFile('<xliff>\n<file>\n</xliff>', 'torn.xlf'), /torn\.xlf:3/);
    assert.throws(
      () => readProjectFile('<?xml version="1.0"?>\n<!DOCTYPE xliff>\n<xliff/>', 'doctype.xlf'),
      /doctype\.xlf:2:1: DOCTYPE refused/,
    );
  });

  test('reads namespaces by URI, whatever prefixes the file uses, and refuses an undeclared prefix', () => {
    const xml = writeProjectFile(worked(), 3);
    const renamed = xml
      .replaceAll('xmlns:rl=', 'xmlns:relecture=')
      .replaceAll('<rl:', '<relecture:')
      .replaceAll('</rl:', '</relecture:')
      .replaceAll(' rl:', ' relecture:');
    assert.notEqual(renamed, xml);
    assert.deepEqual(readProjectFile(renamed, 'p.xlf'), readProjectFile(xml, 'p.xlf'));
    // With the Relecture prefix bound to another URI, the metadata is not found: it is not Relecture's.
    const foreign = xml.replace(/xmlns:rl="[^"]*"/, 'xmlns:rl="urn:example:other"');
    assert.throws(() => readProjectFile(foreign, 'p.xlf'), /p\.xlf:3: no <rl:project> metadata/);
    const unbound = xml.replace(/ xmlns:rl="[^"]*"/, '');
    assert.throws(() => readProjectFile(unbound, 'p.xlf'), /p\.xlf:4:\d+: namespace prefix rl is not declared/);
  });
});

describe('project file validity', () => {
  test('passes the XLIFF 2.1 validator and opens as an XLIFF file in other readers', async () => {
    const { validateBilingualFile } = await import('../../../src/validate/validate-bilingual-file.ts');
    const { readBilingualFile } = await import('../../../src/formats/read-bilingual-file.ts');
    const bytes = new TextEncoder().encode(writeProjectFile(worked(), 3));
    assert.deepEqual(validateBilingualFile(bytes, 'p.relecture.xlf'), []);
    const doc = readBilingualFile(bytes, 'p.relecture.xlf');
    assert.equal(doc.format, 'xliff2');
    assert.deepEqual(
      doc.units.map((u) => `${u.state} ${u.subState}`),
      ['initial relecture:draft', 'reviewed relecture:rejected', 'final relecture:approved', 'initial relecture:draft'],
    );
    assert.equal(doc.units[0]!.issues.length, 3);
  });
});

test('keeps the spaces and line breaks around each segment of a text, references and all', () => {
  const base = reviewOf(3);
  const gaps = ['\uFEFF', ' ', '\r\n\r\n\t'];
  const review: ReviewDocument = {
    ...base,
    segments: base.segments.map((segment, index) => ({ ...segment, spaceBefore: gaps[index]! })),
    trailingSpace: '\n\u00A0\n',
  };
  const back = readProjectFile(writeProjectFile(review, 0), 'p.relecture.xlf').review;
  assert.deepEqual(
    back.segments.map((segment) => segment.spaceBefore),
    gaps,
  );
  assert.equal(back.trailingSpace, '\n\u00A0\n');
  // A review from a bilingual file has no layout, and none appears on the way through.
  const plain = readProjectFile(writeProjectFile(base, 0), 'p.relecture.xlf').review;
  assert.equal(plain.trailingSpace, undefined);
  assert.equal(plain.segments[0]!.spaceBefore, undefined);
});
