import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readXliff12 } from '../../../../src/formats/xliff12/read-xliff12.ts';
import { writeXliff12 } from '../../../../src/formats/xliff12/write-xliff12.ts';
import type { BilingualDocument, BilingualUnit } from '../../../../src/model/bilingual.ts';
import { validateBilingualFile } from '../../../../src/validate/validate-bilingual-file.ts';
import { changedLines, fixtureBytes, rejection, utf8 } from '../fixture.ts';

const memoqText = new TextDecoder().decode(fixtureBytes('memoq.en-fr.xlf'));
const memoq = readXliff12(fixtureBytes('memoq.en-fr.xlf'), 'memoq.en-fr.xlf');
const tradosText = new TextDecoder().decode(fixtureBytes('trados-seg.en-fr.xlf'));
const trados = readXliff12(fixtureBytes('trados-seg.en-fr.xlf'), 'trados-seg.en-fr.xlf');

/** The document with unit `id` changed by `change`. */
function edit(document: BilingualDocument, id: string, change: Partial<BilingualUnit>): BilingualDocument {
  return { ...document, units: document.units.map((unit) => (unit.id === id ? { ...unit, ...change } : unit)) };
}

describe('readXliff12 on a memoQ-style file', () => {
  test('reads languages, ids and a missing target as null', () => {
    assert.deepEqual([memoq.sourceLang, memoq.targetLang], ['en-US', 'fr-FR']);
    assert.deepEqual(
      memoq.units.map((unit) => [unit.id, unit.target === null]),
      [
        ['1', false],
        ['2', false],
        ['3', false],
        ['4', true],
        ['5', false],
      ],
    );
  });

  test('maps XLIFF 1.2 states onto XLIFF 2 states and keeps the state-qualifier as subState', () => {
    assert.deepEqual(
      memoq.units.map((unit) => `${unit.state ?? '-'}/${unit.subState ?? '-'}`),
      ['translated/-', 'translated/xlf12:mt-suggestion', 'initial/xlf12:rejected-inaccurate', '-/-', 'reviewed/-'],
    );
  });

  test('turns g, bpt/ept, x and ph into placeholders with their exact markup', () => {
    assert.equal(memoq.units[0]!.target, 'Les ⟨1⟩grèves⟨/1⟩ de rançongiciels contre les hôpitaux se multiplient.');
    assert.equal(memoq.units[1]!.source, 'Click ⟨2⟩here⟨/2⟩ to read the report⟨3/⟩.');
    assert.deepEqual(
      memoq.units[1]!.codes.map((code) => code.markup),
      ['<bpt id="2">&lt;a href="https://example.com"&gt;</bpt>', '<ept id="2">&lt;/a&gt;</ept>', '<x id="3"/>'],
    );
    assert.equal(memoq.units[2]!.target, 'L’entreprise a éventuellement payé ⟨4/⟩ aux attaquants.');
  });

  test('reads notes with from as category and annotates as appliesTo', () => {
    assert.deepEqual(memoq.units[2]!.notes, [
      { text: 'Éventuellement is a false friend here.', category: 'QA', appliesTo: 'target' },
      { text: 'Check with the client.', category: 'PM' },
    ]);
  });

  test('says an XLIFF 2 file is not XLIFF 1.2', () => {
    const message = rejection(() => readXliff12(fixtureBytes('samples/sample.en-fr.xlf'), 'sample.xlf'));
    assert.match(message, /this is an XLIFF 2 file, not XLIFF 1\.2/);
  });
});

describe('readXliff12 on a Trados-style file with seg-source', () => {
  test('makes one unit per mrk segment, pairing source and target by mid', () => {
    assert.deepEqual(
      trados.units.map((unit) => [unit.id, unit.source, unit.target]),
      [
        ['tu-1_1', 'The court will hear the case in ⟨5⟩June⟨/5⟩.', 'La cour entendra l’affaire en ⟨5⟩juin⟨/5⟩.'],
        ['tu-1_2', 'Both parties have agreed to the date.', 'Les deux parties ont accepté la date.'],
        ['tu-2', 'A fire broke out in the plant.', 'Un incendie s’est déclaré dans la plante.'],
      ],
    );
  });

  test('reads each segment’s state from its sdl:seg confirmation level and names the trans-unit it belongs to', () => {
    assert.deepEqual(
      trados.units.map((unit) => `${unit.id} ${unit.state ?? '-'} ${unit.segmentOf ?? '-'}`),
      ['tu-1_1 translated tu-1', 'tu-1_2 initial tu-1', 'tu-2 - -'],
    );
  });

  test('writes a segment’s new state into its sdl:seg conf, and nothing else', () => {
    const written = writeXliff12(edit(trados, 'tu-1_2', { state: 'reviewed' }));
    assert.deepEqual(changedLines(tradosText, written), [
      '-<sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="mt"/><sdl:seg id="2" conf="Draft" origin="mt"/></sdl:seg-defs>',
      '+<sdl:seg-defs><sdl:seg id="1" conf="Translated" origin="mt"/><sdl:seg id="2" conf="ApprovedTranslation" origin="mt"/></sdl:seg-defs>',
    ]);
    assert.equal(readXliff12(utf8(written), 'x.sdlxliff').units[1]!.state, 'reviewed');
  });

  test('changes only the mrk content of the edited segment', () => {
    const written = writeXliff12(edit(trados, 'tu-2', { target: 'Un incendie s’est déclaré dans l’usine.' }));
    assert.deepEqual(changedLines(tradosText, written), [
      '-<target><mrk mtype="seg" mid="3">Un incendie s’est déclaré dans la plante.</mrk></target>',
      '+<target><mrk mtype="seg" mid="3">Un incendie s’est déclaré dans l’usine.</mrk></target>',
    ]);
  });
});

describe('writeXliff12 on empty Trados segments', () => {
  test('fills a self-closing mrk segment and closes it as mrk', () => {
    const xml = tradosText.replace(
      '<mrk mtype="seg" mid="3">Un incendie s’est déclaré dans la plante.</mrk>',
      '<mrk mtype="seg" mid="3"/>',
    );
    const doc = readXliff12(utf8(xml), 'empty.sdlxliff');
    assert.equal(doc.units[2]!.target, '');
    const written = writeXliff12(edit(doc, 'tu-2', { target: 'Un incendie s’est déclaré dans l’usine.' }));
    assert.match(written, /<target><mrk mtype="seg" mid="3">Un incendie s’est déclaré dans l’usine\.<\/mrk><\/target>/);
    assert.deepEqual(validateBilingualFile(utf8(written), 'x.xlf'), []);
  });
});

describe('writeXliff12', () => {
  test('gives back both files byte for byte when nothing changed', () => {
    assert.equal(writeXliff12(memoq), memoqText);
    assert.equal(writeXliff12(trados), tradosText);
  });

  test('maps a reviewed state back to signed-off and a rejection into state-qualifier', () => {
    const written = writeXliff12(edit(memoq, '1', { state: 'reviewed', subState: 'xlf12:rejected-grammar' }));
    assert.deepEqual(changedLines(memoqText, written), [
      '-<target xml:space="preserve" state="translated">Les <g id="1" ctype="bold">grèves</g> de rançongiciels contre les hôpitaux se multiplient.</target>',
      '+<target xml:space="preserve" state="signed-off" state-qualifier="rejected-grammar">Les <g id="1" ctype="bold">grèves</g> de rançongiciels contre les hôpitaux se multiplient.</target>',
    ]);
  });

  test('keeps the original 1.2 state when the model state still maps to it', () => {
    const same = edit(memoq, '2', {
      target: 'Cliquez ⟨2⟩ici⟨/2⟩ pour lire le rapport complet⟨3/⟩.',
      subState: undefined,
    });
    assert.match(writeXliff12(same), /<target xml:space="preserve" state="needs-review-translation">Cliquez/);
  });

  test('adds a target with its state to a unit that had none', () => {
    const written = writeXliff12(edit(memoq, '4', { target: 'Contactez le service de presse.', state: 'translated' }));
    assert.deepEqual(changedLines(memoqText, written), [
      '+<target state="translated">Contactez le service de presse.</target>',
    ]);
  });

  test('replaces the notes of a unit when the user edits them', () => {
    const written = writeXliff12(edit(memoq, '3', { notes: [{ text: 'Fixed: finalement.', category: 'Reviewer' }] }));
    const again = readXliff12(utf8(written), 'x.xlf');
    assert.deepEqual(again.units[2]!.notes, [{ text: 'Fixed: finalement.', category: 'Reviewer' }]);
    assert.equal(again.units[2]!.target, memoq.units[2]!.target);
  });

  test('generates a valid fresh XLIFF 1.2 file that reads back to the same texts and states', () => {
    const fresh = writeXliff12({ ...memoq, format: 'xliff2', preserved: undefined });
    assert.deepEqual(validateBilingualFile(utf8(fresh), 'fresh.xlf'), []);
    const again = readXliff12(utf8(fresh), 'fresh.xlf');
    assert.deepEqual(
      again.units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.subState, unit.notes]),
      memoq.units.map((unit) => [unit.id, unit.source, unit.target, unit.state, unit.subState, unit.notes]),
    );
  });
});

describe('ITS quality issues in XLIFF 1.2', () => {
  const issue = (start: number, end: number, type: string, itsSeverity = 50) => ({
    start,
    end,
    type,
    comment: `${type} here`,
    itsSeverity,
    severity: itsSeverity >= 80 ? ('critical' as const) : itsSeverity >= 40 ? ('major' as const) : ('minor' as const),
    enabled: true,
  });
  // Target of unit 1: "Les ⟨1⟩grèves⟨/1⟩ de rançongiciels contre les hôpitaux se multiplient."
  const target = memoq.units[0]!.target!;
  const grèves = target.indexOf('grèves');
  const rançongiciels = target.indexOf('rançongiciels');

  test('reads an mrk mtype="x-its" with LQI attributes as an issue over its text, whatever the ITS prefix', () => {
    const xml = memoqText
      .replace('xmlns:mq="MQXliff"', 'xmlns:mq="MQXliff" xmlns:q="http://www.w3.org/2005/11/its"')
      .replace(
        'de rançongiciels contre',
        'de <mrk mtype="x-its" q:locQualityIssueType="terminology" q:locQualityIssueComment="use ransomware?" q:locQualityIssueSeverity="20">rançongiciels</mrk> contre',
      );
    const doc = readXliff12(utf8(xml), 'issues.xlf');
    assert.equal(doc.units[0]!.target, target);
    assert.deepEqual(doc.units[0]!.issues, [
      {
        type: 'terminology',
        comment: 'use ransomware?',
        itsSeverity: 20,
        severity: 'minor',
        enabled: true,
        start: rançongiciels,
        end: rançongiciels + 'rançongiciels'.length,
      },
    ]);
    // Any other mrk is still a code.
    const plain = readXliff12(utf8(xml.replace('mtype="x-its"', 'mtype="term"')), 'term.xlf');
    assert.match(plain.units[0]!.target!, /⟨m#1⟩rançongiciels⟨\/m#1⟩/);
  });

  test('writes nested and disjoint issues as mrk elements that read back the same, and declares the ITS namespace', () => {
    const issues = [
      issue(grèves - 4, rançongiciels + 'rançongiciels'.length, 'mistranslation', 60),
      issue(rançongiciels, rançongiciels + 'rançongiciels'.length, 'terminology', 20),
      issue(target.length - 12, target.length - 1, 'style', 10),
    ];
    const written = writeXliff12(edit(memoq, '1', { issues }));
    assert.match(written, /<xliff [^>]*xmlns:its="http:\/\/www\.w3\.org\/2005\/11\/its"/);
    assert.deepEqual(validateBilingualFile(utf8(written), 'issues.xlf'), []);
    const back = readXliff12(utf8(written), 'issues.xlf');
    assert.equal(back.units[0]!.target, target);
    assert.deepEqual(back.units[0]!.issues, issues);
    // Only the root (for the namespace) and the edited target changed.
    assert.equal(changedLines(memoqText, written).filter((line) => line.startsWith('-')).length, 2);
    // Read from a file that bound ITS to another prefix and written back, the issues still parse.
    const other = readXliff12(
      utf8(memoqText.replace('xmlns:mq="MQXliff"', 'xmlns:mq="MQXliff" xmlns:q="http://www.w3.org/2005/11/its"')),
      'q.xlf',
    );
    const rewritten = writeXliff12(edit(other, '1', { issues }));
    assert.deepEqual(validateBilingualFile(utf8(rewritten), 'q.xlf'), []);
    assert.deepEqual(readXliff12(utf8(rewritten), 'q.xlf').units[0]!.issues, issues);
  });

  test('writes an issue that would cross a code, or another issue, as an empty mrk where it starts', () => {
    // From inside the bold "grèves" to after it: a span that cannot nest with <g id="1">.
    const crossing = issue(grèves + 2, rançongiciels, 'grammar');
    const overlapping = issue(rançongiciels, target.length - 1, 'style');
    const crossed = issue(rançongiciels + 3, target.length, 'typographical');
    const written = writeXliff12(edit(memoq, '1', { issues: [crossing, overlapping, crossed] }));
    assert.deepEqual(validateBilingualFile(utf8(written), 'issues.xlf'), []);
    assert.match(written, /gr<mrk mtype="x-its" its:locQualityIssueType="grammar"[^>]*\/>èves/);
    const back = readXliff12(utf8(written), 'issues.xlf').units[0]!;
    assert.equal(back.target, target);
    assert.deepEqual(
      back.issues.map((read) => `${read.type} ${read.start}-${read.end}`),
      [
        `grammar ${grèves + 2}-${grèves + 2}`,
        `style ${rançongiciels}-${target.length - 1}`,
        `typographical ${rançongiciels + 3}-${rançongiciels + 3}`,
      ],
    );
  });
});
