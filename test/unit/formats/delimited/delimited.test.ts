import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDelimited } from '../../../../src/formats/delimited/parse-delimited.ts';
import { readDelimited } from '../../../../src/formats/delimited/read-delimited.ts';
import { writeDelimited } from '../../../../src/formats/delimited/write-delimited.ts';
import { fixtureBytes, rejection, utf8 } from '../fixture.ts';

const csvText = new TextDecoder().decode(fixtureBytes('review.en-fr.csv'));
const csv = readDelimited(fixtureBytes('review.en-fr.csv'), 'review.en-fr.csv', 'csv');
const tsvText = new TextDecoder().decode(fixtureBytes('review.en-fr.tsv'));
const tsv = readDelimited(fixtureBytes('review.en-fr.tsv'), 'review.en-fr.tsv', 'tsv');

describe('CSV', () => {
  test('reads quoted fields with doubled quotes and embedded line breaks', () => {
    assert.equal(csv.units[0]!.notes[0]!.text, 'Wrong sense of "strikes": use attaques.');
    assert.equal(csv.units[1]!.source, 'The statement said:\r\n"We will not pay."');
    assert.equal(csv.units[1]!.target, 'Le communiqué indique :\r\n« Nous ne paierons pas. »');
    assert.equal(csv.units[2]!.target, 'Les responsables ont refusé de commenter, selon l’AFP');
  });

  test('reads status as state', () => {
    assert.deepEqual(
      csv.units.map((unit) => unit.state),
      ['initial', 'translated', 'reviewed'],
    );
  });

  test('writes back unchanged byte for byte, and a changed target rewrites only its record', () => {
    assert.equal(writeDelimited(csv, 'csv'), csvText);
    const units = csv.units.map((unit, index) =>
      index === 0
        ? { ...unit, target: 'Des attaques de rançongiciels ont frappé trois hôpitaux.', state: 'reviewed' as const }
        : unit,
    );
    const written = writeDelimited({ ...csv, units }, 'csv');
    const before = csvText.split('\r\n');
    const after = written.split('\r\n');
    assert.deepEqual(after.slice(2), before.slice(2));
    assert.equal(
      after[1],
      'Ransomware strikes hit three hospitals.,Des attaques de rançongiciels ont frappé trois hôpitaux.,reviewed,"Wrong sense of ""strikes"": use attaques.",ML',
    );
  });

  test('names the line of a header without a target column', () => {
    const message = rejection(() => readDelimited(utf8('\nsource,status\nHello,initial\n'), 'bad.csv', 'csv'));
    assert.match(message, /^bad\.csv:2:1: the header has no "target" column/);
  });

  test('names the line of an unknown status', () => {
    const message = rejection(() => readDelimited(utf8('source,target,status\na,b,done\n'), 'bad.csv', 'csv'));
    assert.match(message, /^bad\.csv:2: unknown status "done"/);
  });

  test('names the line and column of a quote never closed', () => {
    const message = rejection(() => readDelimited(utf8('source,target\na,"b\nc\n'), 'bad.csv', 'csv'));
    assert.match(message, /^bad\.csv:2:3: a quoted cell is never closed/);
  });

  test('names the line and column of text after a closing quote (regression: read as a one-column row)', () => {
    const message = rejection(() =>
      readDelimited(utf8('source,target\r\nok,fine\r\n"unterminated,"foo\r\n'), 'bad.csv', 'csv'),
    );
    assert.match(message, /^bad\.csv:3:16: text after the closing quote of a quoted cell/);
    const inner = rejection(() => readDelimited(utf8('source,target\na,"He said "no" twice"\n'), 'bad.csv', 'csv'));
    assert.match(inner, /^bad\.csv:2:13: text after the closing quote/);
  });

  test('keeps RFC 4180 quoting: doubled quotes, line breaks and delimiters inside quotes, CRLF records', () => {
    const rows = parseDelimited('source,target\r\n"a ""b"", c","d\r\ne"\r\n"",f\r\n', ',', 'f.csv');
    assert.deepEqual(
      rows.map((row) => row.cells),
      [
        ['source', 'target'],
        ['a "b", c', 'd\r\ne'],
        ['', 'f'],
      ],
    );
  });

  test('counts lines inside quoted cells when placing later records', () => {
    const rows = parseDelimited('source,target\n"a\nb",c\nd,e\n', ',', 'f.csv');
    assert.deepEqual(
      rows.map((row) => row.line),
      [1, 2, 4],
    );
  });

  test('writes a fresh CSV that reads back to the same model', () => {
    const fresh = writeDelimited({ ...csv, preserved: undefined, format: 'tsv' }, 'csv');
    const again = readDelimited(utf8(fresh), 'fresh.csv', 'csv');
    assert.deepEqual(
      again.units.map((unit) => [unit.source, unit.target, unit.state, unit.notes]),
      csv.units.map((unit) => [unit.source, unit.target, unit.state, unit.notes]),
    );
  });
});

describe('TSV', () => {
  test('reads records with optional status and note, an empty status as no state', () => {
    assert.deepEqual(
      tsv.units.map((unit) => [unit.source, unit.target, unit.state, unit.notes.length]),
      [
        ['The bill was passed on Monday.', 'La facture a été adoptée lundi.', 'initial', 1],
        ['He was sentenced to two years.', 'Il a été condamné à deux ans.', 'translated', 0],
        ['The plant closed in 2019.', 'L’usine a fermé en 2019.', undefined, 0],
      ],
    );
  });

  test('writes back unchanged byte for byte and a changed target in its record only', () => {
    assert.equal(writeDelimited(tsv, 'tsv'), tsvText);
    const units = tsv.units.map((unit, index) =>
      index === 0 ? { ...unit, target: 'Le projet de loi a été adopté lundi.' } : unit,
    );
    const lines = writeDelimited({ ...tsv, units }, 'tsv').split('\n');
    assert.equal(
      lines[1],
      'The bill was passed on Monday.\tLe projet de loi a été adopté lundi.\tinitial\tbill = projet de loi here',
    );
    assert.deepEqual(lines.slice(2), tsvText.split('\n').slice(2));
  });

  test('reads a cell that only starts with a quote as it stands, since TSV has no quoting of its own', () => {
    const text =
      'source\ttarget\n"We deny it," the ministry said.\t« Nous démentons », a dit le ministère.\n"Open\tOuvert\n';
    const doc = readDelimited(utf8(text), 'quotes.tsv', 'tsv');
    assert.deepEqual(
      doc.units.map((unit) => [unit.source, unit.target]),
      [
        ['"We deny it," the ministry said.', '« Nous démentons », a dit le ministère.'],
        ['"Open', 'Ouvert'],
      ],
    );
  });
});
