import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { segmentSentences, type TextLang } from '../../../src/text/segment-sentences.ts';
import { repoPath } from '../../helpers/run-cli.ts';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** Sentences of `text` joined by ` | `, after checking every offset points at its text. */
function split(text: string, lang: TextLang): string {
  const sentences = segmentSentences(text, lang);
  for (const sentence of sentences) assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
  return sentences.map((sentence) => sentence.text).join(' | ');
}

describe('French conventions', () => {
  test('keeps the closing » with the sentence it closes after “. »”', () => {
    assert.equal(split(`«${NBSP}Je pars.${NBSP}» Il part.`, 'fr'), `«${NBSP}Je pars.${NBSP}» | Il part.`);
  });

  test('keeps a quotation ending in « ! » followed by a lowercase incise as one sentence', () => {
    assert.equal(
      split(`«${NBSP}Je pars${NNBSP}!${NBSP}» dit-il. Puis il sort.`, 'fr'),
      `«${NBSP}Je pars${NNBSP}!${NBSP}» dit-il. | Puis il sort.`,
    );
  });

  test('does not split after the abbreviation M. before a name', () => {
    assert.equal(split('M. Dupont est arrivé. Il parle.', 'fr'), 'M. Dupont est arrivé. | Il parle.');
  });

  test('does not split after Mme., Dr. or cf.', () => {
    assert.equal(
      split('Mme. Durand et le Dr. Martin arrivent. Voir cf. la note.', 'fr'),
      'Mme. Durand et le Dr. Martin arrivent. | Voir cf. la note.',
    );
  });

  test('keeps av. J.-C. inside the sentence before a lowercase word', () => {
    assert.equal(
      split('Rome fut fondée en 753 av. J.-C. selon la légende. Oui.', 'fr'),
      'Rome fut fondée en 753 av. J.-C. selon la légende. | Oui.',
    );
  });

  test('ends a sentence on J.-C. when a capitalised sentence follows', () => {
    assert.equal(split('César meurt en 44 av. J.-C. Rome change.', 'fr'), 'César meurt en 44 av. J.-C. | Rome change.');
  });

  test('keeps p. ex. inside the sentence', () => {
    assert.equal(
      split('Certains mots, p. ex. grève, trompent. Fin.', 'fr'),
      'Certains mots, p. ex. grève, trompent. | Fin.',
    );
  });

  test('keeps etc. mid-sentence but ends the sentence on etc. before a capital', () => {
    assert.equal(
      split('Des pommes, des poires, etc. sont vendues. Oui.', 'fr'),
      'Des pommes, des poires, etc. sont vendues. | Oui.',
    );
    assert.equal(
      split('Des pommes, des poires, etc. Puis du pain.', 'fr'),
      'Des pommes, des poires, etc. | Puis du pain.',
    );
  });

  test('does not split after an initial before a surname', () => {
    assert.equal(split('E. Macron a parlé. Il est parti.', 'fr'), 'E. Macron a parlé. | Il est parti.');
  });

  test('does not split between several initials', () => {
    assert.equal(split('J. R. R. Tolkien écrivait. Oui.', 'fr'), 'J. R. R. Tolkien écrivait. | Oui.');
  });

  test('does not split after an ellipsis in parentheses', () => {
    assert.equal(split('Il a dit (...) Que rien ne change. Fin.', 'fr'), 'Il a dit (...) Que rien ne change. | Fin.');
    assert.equal(split('Il a dit (…) Le reste suit. Fin.', 'fr'), 'Il a dit (…) Le reste suit. | Fin.');
  });

  test('ends a sentence on … before a capital, as on ...', () => {
    assert.equal(split('Il hésita… Puis il partit.', 'fr'), 'Il hésita… | Puis il partit.');
    assert.equal(
      split(`Il a dit${NBSP}: «${NBSP}Non…${NBSP}» Puis rien.`, 'fr'),
      `Il a dit${NBSP}: «${NBSP}Non…${NBSP}» | Puis rien.`,
    );
  });

  test('keeps … before a lowercase word, a number or a closing quote and an incise inside the sentence', () => {
    assert.equal(split('Il hésita… puis il partit. Fin.', 'fr'), 'Il hésita… puis il partit. | Fin.');
    assert.equal(split(`«${NBSP}Non…${NBSP}» dit-il. Fin.`, 'fr'), `«${NBSP}Non…${NBSP}» dit-il. | Fin.`);
    assert.equal(split('Il compta 1, 2… 3 et s’arrêta. Fin.', 'fr'), 'Il compta 1, 2… 3 et s’arrêta. | Fin.');
  });

  test('ends a sentence on a dotted acronym before a typical first word', () => {
    assert.equal(
      split('Il a parlé à la S.N.C.F. Ensuite il est parti.', 'fr'),
      'Il a parlé à la S.N.C.F. | Ensuite il est parti.',
    );
    assert.equal(
      split('Il a écrit à l’O.N.U. L’organisation n’a pas répondu.', 'fr'),
      'Il a écrit à l’O.N.U. | L’organisation n’a pas répondu.',
    );
  });

  test('keeps a dotted acronym before a lowercase word or a name inside the sentence', () => {
    assert.equal(
      split('La S.N.C.F. a répondu. La S.N.C.F. Voyageurs aussi.', 'fr'),
      'La S.N.C.F. a répondu. | La S.N.C.F. Voyageurs aussi.',
    );
    assert.equal(split('J.R.R. Tolkien écrivait. Oui.', 'fr'), 'J.R.R. Tolkien écrivait. | Oui.');
  });

  test('does not split after hyphenated initials before a name', () => {
    assert.equal(split('J.-M. Le Pen a parlé. Fin.', 'fr'), 'J.-M. Le Pen a parlé. | Fin.');
  });

  test('keeps numbers with spaces, decimal commas and percentages whole', () => {
    assert.equal(
      split(`Au moins 30${NBSP}000 organisations, soit 3,5${NNBSP}% du total. Puis 1.5 de plus.`, 'fr'),
      `Au moins 30${NBSP}000 organisations, soit 3,5${NNBSP}% du total. | Puis 1.5 de plus.`,
    );
  });

  test('does not split inside a URL or an e-mail address', () => {
    assert.equal(
      split('Voir https://exemple.fr/page?x=1. Écrire à jean.dupont@exemple.fr pour le reste.', 'fr'),
      'Voir https://exemple.fr/page?x=1. | Écrire à jean.dupont@exemple.fr pour le reste.',
    );
  });

  test('continues a sentence when a quotation ends and a lowercase word follows', () => {
    assert.equal(
      split(`Ils ont répondu «${NBSP}non.${NBSP}» puis ils sont partis. Fin.`, 'fr'),
      `Ils ont répondu «${NBSP}non.${NBSP}» puis ils sont partis. | Fin.`,
    );
  });

  test('keeps a single line break inside the sentence and splits at a blank line', () => {
    assert.equal(
      split('Une phrase coupée\nen deux lignes. Une autre.\n\nUn titre', 'fr'),
      'Une phrase coupée\nen deux lignes. | Une autre. | Un titre',
    );
  });

  test('splits at ordinary sentence ends, question and exclamation marks', () => {
    assert.equal(split(`Qui vient${NNBSP}? Moi${NNBSP}! Bien.`, 'fr'), `Qui vient${NNBSP}? | Moi${NNBSP}! | Bien.`);
  });
});

describe('English conventions', () => {
  test('does not split after Mr., Mrs. or Dr.', () => {
    assert.equal(
      split('Mr. Smith met Mrs. Jones and Dr. Who. They left.', 'en'),
      'Mr. Smith met Mrs. Jones and Dr. Who. | They left.',
    );
  });

  test('keeps U.S. inside the sentence before a lowercase word', () => {
    assert.equal(split('He went to the U.S. yesterday. He left.', 'en'), 'He went to the U.S. yesterday. | He left.');
  });

  test('keeps U.S. before a capitalised noun but ends the sentence on U.S. before a typical first word', () => {
    assert.equal(
      split('The U.S. Justice Department charged four men. They live in the U.S. The talks ended.', 'en'),
      'The U.S. Justice Department charged four men. | They live in the U.S. | The talks ended.',
    );
  });

  test('ends a sentence on a dotted acronym outside the known list before a typical first word', () => {
    assert.equal(
      split('He was born in the U.S.S.R. The family left in 1979.', 'en'),
      'He was born in the U.S.S.R. | The family left in 1979.',
    );
  });

  test('ends a sentence on … before a capital, as on ...', () => {
    assert.equal(split('He paused… Then he left.', 'en'), 'He paused… | Then he left.');
  });

  test('does not split after e.g. or i.e.', () => {
    assert.equal(
      split('Use a word, e.g. Strike, with care. Read it, i.e. Twice.', 'en'),
      'Use a word, e.g. Strike, with care. | Read it, i.e. Twice.',
    );
  });

  test('does not split after No. before a number', () => {
    assert.equal(split('See No. 5 in the list. Then stop.', 'en'), 'See No. 5 in the list. | Then stop.');
  });

  test('keeps a closing quotation mark after the period with its sentence', () => {
    assert.equal(split('He said “Stop.” Then he left.', 'en'), 'He said “Stop.” | Then he left.');
  });

  test('keeps thousands separators and decimals whole', () => {
    assert.equal(
      split('It hit 30,000 firms, 1.5 times more. Then 2,000 more.', 'en'),
      'It hit 30,000 firms, 1.5 times more. | Then 2,000 more.',
    );
  });
});

describe('the real MT sample', () => {
  const text = readFileSync(repoPath('samples/china-denies-microsoft-hack.fr-mt.txt'), 'utf8');
  const sentences = segmentSentences(text, 'fr');

  test('has 45 sentences', () => {
    assert.equal(sentences.length, 45);
  });

  test('has no sentence that is a lone closing mark or starts lowercase', () => {
    for (const sentence of sentences) {
      assert.doesNotMatch(sentence.text, /^[»”)\].\s]+$/u, sentence.text);
      assert.doesNotMatch(sentence.text, /^\p{Ll}/u, sentence.text);
    }
  });

  test('keeps the » that closes Blinken’s quotation at the end of its sentence', () => {
    const blinken = sentences.find((sentence) => sentence.text.startsWith('Le secrétaire d’État'));
    assert.ok(blinken);
    assert.ok(blinken.text.endsWith(`nationale. .${NBSP}»`), blinken.text);
    const champion = sentences.find((sentence) => sentence.text.startsWith(`«${NBSP}C’est le champion`));
    assert.ok(champion?.text.endsWith(`malveillantes.${NBSP}»`));
  });

  test('cuts every sentence at exact offsets without touching the no-break spaces', () => {
    for (const sentence of sentences) {
      assert.equal(text.slice(sentence.start, sentence.end), sentence.text);
      assert.equal(sentence.text, sentence.text.trim());
    }
    const nbspInText = [...text].filter((char) => char === NBSP).length;
    const nbspInSentences = sentences.reduce(
      (sum, sentence) => sum + [...sentence.text].filter((c) => c === NBSP).length,
      0,
    );
    assert.equal(nbspInSentences, nbspInText);
  });

  test('ends every sentence that is not a heading with a full stop or a closing quotation', () => {
    // Headings and captions have no final punctuation; they stand alone in their paragraph.
    const unterminated = sentences.filter((sentence) => !/[.!?…»]$/u.test(sentence.text));
    for (const sentence of unterminated) {
      const before = text.slice(0, sentence.start);
      const after = text.slice(sentence.end);
      assert.ok(before === '' || before.endsWith('\n'), sentence.text);
      assert.ok(after === '' || after.startsWith('\n'), sentence.text);
    }
  });

  test('splits the paragraph with two sentences into two', () => {
    const russia = sentences.findIndex((sentence) => sentence.text === 'La Russie nie toute responsabilité.');
    assert.ok(russia > 0);
    assert.ok(sentences[russia - 1]!.text.endsWith('l’implication de l’État.'));
  });
});

describe('hostile text', () => {
  // One paragraph of 100,000 short sentences (a text with no blank line): it overflowed the call stack, and at
  // 20,000 sentences ICU alone took 20 s. The bound fails a return of either, not a slow machine.
  test('splits a paragraph of 100,000 sentences without overflowing the stack, in linear time', () => {
    const started = performance.now();
    const sentences = segmentSentences('Une phrase courte. '.repeat(100_000), 'fr');
    assert.equal(sentences.length, 100_000);
    assert.equal(sentences.at(-1)!.start, 19 * 99_999);
    assert.ok(performance.now() - started < 30_000, `${(performance.now() - started).toFixed(0)} ms`);
  });

  // A word of 400,000 letters with no space (a pasted hash, a corrupt file) once took minutes: two patterns were
  // retried from each of its letters. Linear now, well under a second; the bound is there to fail a hang, not to time.
  test('splits text holding a very long word in linear time, addresses and final words still read', () => {
    for (const lang of ['fr', 'en'] as const) {
      const long = 'A'.repeat(400_000);
      const started = performance.now();
      const sentences = segmentSentences(`Début. ${long} fin. Écrire à jean.dupont@example.fr. Merci.`, lang);
      assert.ok(performance.now() - started < 5_000, `${lang}: ${(performance.now() - started).toFixed(0)} ms`);
      assert.deepEqual(
        sentences.map((sentence) => sentence.text.slice(0, 12)),
        ['Début.', long.slice(0, 12), 'Écrire à jea', 'Merci.'],
      );
    }
  });
});
