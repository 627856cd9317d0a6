import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readBilingualFile } from '../../../src/formats/read-bilingual-file.ts';
import type { CheckSegment } from '../../../src/qa/check.ts';
import { checkDocument } from '../../../src/qa/run-checks.ts';
import { repoPath } from '../../helpers/run-cli.ts';

// Classic machine-translation errors the lexicon must catch, on the project's own fixtures and on short rows, and
// the correct French it must leave alone.

const LEXICON_CHECKS = new Set(['wrong-sense', 'false-friend', 'calque', 'anglicism']);

function lexiconFlags(rows: readonly (readonly [string, string])[]): string[][] {
  const segments: CheckSegment[] = rows.map(([source, target], index) => ({
    index,
    id: `r${index + 1}`,
    source,
    target,
    retranslation: null,
  }));
  return checkDocument(segments, { mode: 'source' }).map((flags, index) =>
    flags
      .filter((flag) => LEXICON_CHECKS.has(flag.check))
      .map((flag) => {
        const fixes = flag.suggestions.map((suggestion) => suggestion.text).join('|');
        return `${segments[index]!.target.slice(flag.start, flag.end)} → ${fixes}`;
      }),
  );
}

function fileRows(path: string): [string, string][] {
  const document = readBilingualFile(readFileSync(repoPath(path)), path);
  return document.units.map((unit) => [unit.source, unit.target ?? '']);
}

describe('classic MT errors in the project fixtures', () => {
  test('flags "appuyer sur les charges" for press charges and "projet de loi" for the bill of a recovery (sample.en-fr.xlf)', () => {
    const rows = fileRows('samples/sample.en-fr.xlf');
    const flags = lexiconFlags(rows).flat();
    assert.ok(
      flags.some((line) => line.startsWith('appuyer sur les charges → porter plainte')),
      flags.join('\n'),
    );
    assert.ok(
      flags.some((line) => line.startsWith('projet de loi → coût')),
      flags.join('\n'),
    );
  });

  test('flags "la plante" where a fire broke out in the plant (trados-seg.en-fr.xlf)', () => {
    const rows = fileRows('test/fixtures/formats/trados-seg.en-fr.xlf');
    const flags = lexiconFlags(rows).flat();
    assert.ok(
      flags.some((line) => /^plante → .*usine/.test(line)),
      flags.join('\n'),
    );
  });
});

describe('classic MT errors in single sentences', () => {
  test('flags sentencé and Appliquez maintenant', () => {
    assert.deepEqual(
      lexiconFlags([
        ['He was sentenced to two years.', 'Il a été sentencé à deux ans.'],
        ['Apply now!', 'Appliquez maintenant !'],
      ]),
      [['sentencé → condamné'], ['Appliquez → Postulez']],
    );
  });

  test('flags a plant that closes with its workers, and a bill that costs money', () => {
    const flags = lexiconFlags([
      [
        'The plant will close next year and 300 workers will lose their jobs.',
        'La plante fermera l’an prochain et 300 ouvriers perdront leur emploi.',
      ],
      [
        'The bill for the repairs will cost taxpayers 2 million dollars.',
        'Le projet de loi pour les réparations coûtera 2 millions de dollars aux contribuables.',
      ],
    ]);
    assert.ok(
      flags[0]!.some((line) => /^plante → .*usine/.test(line)),
      flags[0]!.join('\n'),
    );
    assert.ok(
      flags[1]!.some((line) => line.startsWith('projet de loi → coût')),
      flags[1]!.join('\n'),
    );
  });

  test('leaves the right French alone: porter plainte, facture, usine, condamné, Postulez, a real bill and a real plant', () => {
    assert.deepEqual(
      lexiconFlags([
        [
          'The hospital has not yet decided whether to press charges.',
          'L’hôpital n’a pas encore décidé s’il allait porter plainte.',
        ],
        [
          'Officials warned that the bill for the recovery could reach 10 million euros.',
          'Les responsables ont averti que la facture de la reprise pourrait atteindre 10 millions d’euros.',
        ],
        ['A fire broke out in the plant.', 'Un incendie s’est déclaré dans l’usine.'],
        ['He was sentenced to two years.', 'Il a été condamné à deux ans.'],
        ['Apply now!', 'Postulez dès maintenant !'],
        [
          'The Senate passed the bill, which will cost 2 billion dollars.',
          'Le Sénat a adopté le projet de loi, qui coûtera 2 milliards de dollars.',
        ],
        [
          'Lawmakers will vote on the spending bill, worth 3 billion euros, next week.',
          'Les députés voteront la semaine prochaine le projet de loi de dépenses, d’un montant de 3 milliards d’euros.',
        ],
        [
          'Water the plant twice a week and keep it out of the sun.',
          'Arrosez la plante deux fois par semaine et gardez-la à l’abri du soleil.',
        ],
        ['Workers planted trees near the garden.', 'Les ouvriers ont planté des arbres près du jardin.'],
        ['Apply the rules now.', 'Appliquez les règles maintenant.'],
        ['Press the button and charge the battery.', 'Appuyez sur le bouton et chargez la batterie.'],
      ]).flat(),
      [],
    );
  });
});
