import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { numbersCheck } from '../../../../src/qa/checks/numbers.ts';
import { contextFor, segment, show } from '../qa-fixtures.ts';

const run = (target: string, source?: string) => {
  const s = segment(target, source ? { source } : {});
  return show(numbersCheck.run(s, contextFor([s], source ? 'source' : 'target-only')), target);
};

describe('numbers check', () => {
  test('accepts 30,000 → 30 000, 1.5 → 1,5 and 10 million → 10 millions', () => {
    assert.deepEqual(
      run(
        'au moins 30 000 organisations, 1,5 % et 10 millions de dollars',
        'at least 30,000 organizations, 1.5% and $10 million',
      ),
      [],
    );
  });

  test('flags a changed number and offers the English value', () => {
    assert.deepEqual(run('a touché 1 400 entreprises', 'hit 1,500 businesses'), [
      'numbers.changed [1 400] → 1\u00a0500',
    ]);
  });

  test('flags a number missing from the French', () => {
    const flags = run('entre 2011 et aujourd’hui', 'between 2011 and 2018');
    assert.deepEqual(flags, ['numbers.missing [entre 2011 et aujourd’hui]']);
  });

  test('flags a number the English does not have', () => {
    assert.deepEqual(run('quatre ressortissants en 2019 et 2020', 'four nationals in 2019'), ['numbers.extra [2020]']);
  });

  test('flags English digit grouping and a decimal point in French, even without English', () => {
    assert.deepEqual(run('au moins 30,000 organisations'), ['numbers.english-grouping [30,000] → 30\u00a0000']);
    assert.deepEqual(run('une hausse de 1.5 point'), ['numbers.decimal-point [1.5] → 1,5']);
  });

  test('does not take dates, versions and addresses for decimals', () => {
    assert.deepEqual(run('le 20 juillet 2021 sur https://example.org/2021-07/v1.2'), []);
  });
});

describe('numbers check: clock times', () => {
  test('accepts a 12-hour time rendered on the 24-hour clock (5 p.m. → 17 h, 9 a.m. → 9 h)', () => {
    assert.deepEqual(run('Il a démissionné à 17 h.', 'He resigned at 5 p.m.'), []);
    assert.deepEqual(
      run('La réunion commence à 9 h et se termine à 15 h.', 'The meeting starts at 9 a.m. and ends at 3 p.m.'),
      [],
    );
    assert.deepEqual(run('Départ à 17 h 30.', 'Departure at 5:30 pm.'), []);
    assert.deepEqual(run('Départ à 17h30.', 'Departure at 5:30 PM.'), []);
  });

  test('reads 12 p.m. as noon and 12 a.m. as midnight', () => {
    assert.deepEqual(run('Ouverture à 12 h.', 'Opens at 12 p.m.'), []);
    assert.deepEqual(run('Fermeture à 0 h.', 'Closes at 12 a.m.'), []);
  });

  test('still flags a wrong hour, offering the 24-hour value', () => {
    assert.deepEqual(run('Il a démissionné à 18 h.', 'He resigned at 5 p.m.'), ['numbers.changed [18] → 17']);
  });
});

describe('numbers check: numbers in words', () => {
  test('matches English number words with French digits and French words with English digits', () => {
    assert.deepEqual(run('3 personnes sont mortes.', 'Three people died.'), []);
    assert.deepEqual(run('Trois personnes sont mortes.', '3 people died.'), []);
    assert.deepEqual(run('Il a passé 25 ans en prison.', 'He spent twenty-five years in prison.'), []);
    assert.deepEqual(run('200 salariés ont été licenciés.', 'Two hundred employees were laid off.'), []);
    assert.deepEqual(run('Environ 3 millions de personnes.', 'About three million people.'), []);
    assert.deepEqual(run('Il y a quatre-vingts ans, en 1944.', '80 years ago, in 1944.'), []);
  });

  test('still flags a digit that matches no number, in digits or in words', () => {
    assert.deepEqual(run('4 personnes sont mortes.', 'Three people died.'), ['numbers.extra [4]']);
  });
});

describe('numbers check: unit conversions', () => {
  test('accepts a value converted to the French unit (°F → °C, miles → km, feet → m, pounds → kg)', () => {
    assert.deepEqual(
      run('La température a atteint 38 degrés Celsius.', 'The temperature reached 100 degrees Fahrenheit.'),
      [],
    );
    assert.deepEqual(run('Il faisait 38 °C.', 'It was 100°F.'), []);
    assert.deepEqual(run('Il a couru 8 kilomètres.', 'He ran 5 miles.'), []);
    assert.deepEqual(run('Un mur de 3 mètres.', 'A 10-foot wall.'), []);
    assert.deepEqual(run('Il pèse 90 kg.', 'He weighs 200 pounds.'), []);
    assert.deepEqual(run('Un écran de 38 cm.', 'A 15-inch screen.'), []);
    assert.deepEqual(run('Un réservoir de 19 litres.', 'A 5-gallon tank.'), []);
    assert.deepEqual(run('Il roulait à 105 km/h.', 'He was driving at 65 mph.'), []);
  });

  test('still flags a converted value that is far off, without telling the translator to put the English value back', () => {
    assert.deepEqual(run('Il a couru 20 kilomètres.', 'He ran 5 miles.'), ['numbers.changed [20]']);
  });
});
