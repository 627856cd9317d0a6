// Just enough French conjugation for one-keystroke fixes: read which form a matched verb has (present participle,
// past participle, third person of the present, future or imperfect…) and give a replacement verb the same form.
// A form is named by the ending a regular -er verb takes for it ('ant', 'é', 'ent', 'eront'…), so a regular -er
// replacement needs no table at all.

/** A verb form named by its regular -er ending: `ant` present participle, `é` past participle, `ent` 3rd plural… */
export type VerbForm = string;

const ER_FORMS = new Set(
  ['er', 'ant', 'é', 'ée', 'és', 'ées', 'e', 'es', 'ent', 'ons', 'ez', 'ais', 'ait', 'aient', 'ions', 'iez']
    .concat(['erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient'])
    .concat(['a', 'èrent']),
);

// Second group (finir): ending → -er form. "is" and "it" also read as participles; the present is likelier.
const IR_FORMS: Readonly<Record<string, VerbForm>> = {
  ir: 'er',
  issant: 'ant',
  i: 'é',
  ie: 'ée',
  ies: 'ées',
  it: 'e',
  issent: 'ent',
  issons: 'ons',
  issez: 'ez',
  issait: 'ait',
  issaient: 'aient',
  ira: 'era',
  iront: 'eront',
  irait: 'erait',
  iraient: 'eraient',
};

// Third group in -re (attendre, vendre).
const RE_FORMS: Readonly<Record<string, VerbForm>> = {
  re: 'er',
  ant: 'ant',
  u: 'é',
  ue: 'ée',
  us: 'és',
  ues: 'ées',
  '': 'e',
  ent: 'ent',
  ons: 'ons',
  ez: 'ez',
  ait: 'ait',
  aient: 'aient',
  ra: 'era',
  ront: 'eront',
  rait: 'erait',
  raient: 'eraient',
};

// Irregular verbs the lexicon's patterns and fixes use, form by form; compounds (comprendre, permettre) share them.
const IRREGULAR: Readonly<Record<string, Readonly<Record<VerbForm, string>>>> = {
  avoir: { er: 'avoir', ant: 'ayant', é: 'eu', e: 'a', ent: 'ont', era: 'aura', eront: 'auront' },
  être: { er: 'être', ant: 'étant', é: 'été', e: 'est', ent: 'sont', era: 'sera', eront: 'seront' },
  faire: { er: 'faire', ant: 'faisant', é: 'fait', ée: 'faite', és: 'faits', e: 'fait', ent: 'font' },
  prendre: { er: 'prendre', ant: 'prenant', é: 'pris', ée: 'prise', ées: 'prises', e: 'prend', ent: 'prennent' },
  mettre: { er: 'mettre', ant: 'mettant', é: 'mis', ée: 'mise', ées: 'mises', e: 'met', ent: 'mettent' },
  tenir: { er: 'tenir', ant: 'tenant', é: 'tenu', ée: 'tenue', e: 'tient', ent: 'tiennent' },
  venir: { er: 'venir', ant: 'venant', é: 'venu', ée: 'venue', e: 'vient', ent: 'viennent' },
  dire: { er: 'dire', ant: 'disant', é: 'dit', ée: 'dite', e: 'dit', ent: 'disent' },
  voir: { er: 'voir', ant: 'voyant', é: 'vu', ée: 'vue', e: 'voit', ent: 'voient' },
};

// Future, conditional and imperfect of the irregular verbs are regular once the stem is known.
const IRREGULAR_STEMS: Readonly<Record<string, { readonly future: string; readonly imperfect: string }>> = {
  avoir: { future: 'aur', imperfect: 'av' },
  être: { future: 'ser', imperfect: 'ét' },
  faire: { future: 'fer', imperfect: 'fais' },
  prendre: { future: 'prendr', imperfect: 'pren' },
  mettre: { future: 'mettr', imperfect: 'mett' },
  tenir: { future: 'tiendr', imperfect: 'ten' },
  venir: { future: 'viendr', imperfect: 'ven' },
  dire: { future: 'dir', imperfect: 'dis' },
  voir: { future: 'verr', imperfect: 'voy' },
};

const FUTURE_ENDINGS: Readonly<Record<string, VerbForm>> = {
  ai: 'erai',
  as: 'eras',
  a: 'era',
  ons: 'erons',
  ez: 'erez',
  ont: 'eront',
  ais: 'erais',
  ait: 'erait',
  ions: 'erions',
  iez: 'eriez',
  aient: 'eraient',
};
const IMPERFECT_ENDINGS: Readonly<Record<string, VerbForm>> = {
  ais: 'ais',
  ait: 'ait',
  ions: 'ions',
  iez: 'iez',
  aient: 'aient',
  ant: 'ant',
};

// "fait" and "dit" are both a present and a participle: an auxiliary just before settles it.
const AUXILIARY = new Set(['a', 'ai', 'as', 'avons', 'avez', 'ont', 'avait', 'avaient', 'aura', 'auront', 'eu'])
  .add('est')
  .add('sont')
  .add('été')
  .add('était')
  .add('étaient')
  .add('avoir')
  .add('être');

/** The irregular verb a lemma is, or is a compound of (comprendre → prendre), or null. */
function irregularBase(lemma: string): string | null {
  if (IRREGULAR[lemma]) return lemma;
  for (const base of ['prendre', 'mettre', 'tenir', 'venir', 'faire']) {
    if (lemma.endsWith(base) && lemma.length > base.length) return base;
  }
  return null;
}

/**
 * Which form `form` (lower case) takes of the verb `lemma`, or null when it is no verb form we know. `previous` is
 * the word before it, to tell "a fait" (participle) from "il fait" (present).
 */
export function verbFormOf(form: string, lemma: string, previous: string | null): VerbForm | null {
  const base = irregularBase(lemma);
  if (base) {
    const prefix = lemma.slice(0, lemma.length - base.length);
    if (!form.startsWith(prefix)) return null;
    const rest = form.slice(prefix.length);
    const table = IRREGULAR[base]!;
    const hits = Object.entries(table).filter(([, written]) => written === rest);
    if (hits.length > 0) {
      const forms = hits.map(([name]) => name);
      if (forms.includes('é') && forms.includes('e')) return previous && AUXILIARY.has(previous) ? 'é' : 'e';
      return forms[0]!;
    }
    const stems = IRREGULAR_STEMS[base]!;
    if (rest.startsWith(stems.future)) return FUTURE_ENDINGS[rest.slice(stems.future.length)] ?? null;
    if (rest.startsWith(stems.imperfect)) return IMPERFECT_ENDINGS[rest.slice(stems.imperfect.length)] ?? null;
    return null;
  }
  if (lemma.endsWith('er') && lemma.length > 2) {
    const stem = lemma.slice(0, -2);
    let written = form;
    // mangeons, commençait: the spelling change before a or o is not part of the ending.
    if (stem.endsWith('c')) written = written.replace(/^(.*)ç(?=[ao])/, '$1c');
    if (!written.startsWith(stem)) return null;
    let ending = written.slice(stem.length);
    if (stem.endsWith('g') && /^e[ao]/.test(ending)) ending = ending.slice(1);
    return ER_FORMS.has(ending) ? ending : null;
  }
  if (lemma.endsWith('ir') && lemma.length > 2) {
    const stem = lemma.slice(0, -2);
    return form.startsWith(stem) ? (IR_FORMS[form.slice(stem.length)] ?? null) : null;
  }
  if (lemma.endsWith('re') && lemma.length > 2) {
    const stem = lemma.slice(0, -2);
    return form.startsWith(stem) ? (RE_FORMS[form.slice(stem.length)] ?? null) : null;
  }
  return null;
}

/** True when `word` is an infinitive whose forms `conjugate` can produce. */
export function isConjugable(word: string): boolean {
  return irregularBase(word) !== null || (/er$/.test(word) && word.length > 3 && word !== 'aller');
}

/**
 * `infinitive` put in `form`, or null when that cannot be done reliably (another conjugation, a stem that changes
 * its vowel: achète, appelle, emploie). Handles regular -er verbs and the irregular verbs of the table.
 */
export function conjugate(infinitive: string, form: VerbForm): string | null {
  if (form === 'er') return infinitive;
  const base = irregularBase(infinitive);
  if (base) {
    const prefix = infinitive.slice(0, infinitive.length - base.length);
    const written = IRREGULAR[base]![form];
    if (written) return prefix + written;
    const stems = IRREGULAR_STEMS[base]!;
    const future = Object.entries(FUTURE_ENDINGS).find(([, name]) => name === form);
    if (future) return prefix + stems.future + future[0];
    const imperfect = Object.entries(IMPERFECT_ENDINGS).find(([, name]) => name === form);
    if (imperfect) return prefix + stems.imperfect + imperfect[0];
    return null;
  }
  if (!isConjugable(infinitive) || !ER_FORMS.has(form)) return null;
  const stem = infinitive.slice(0, -2);
  const silentE = /^e(?!r)|^e$|^es$|^ent$|^er(?!$)/.test(form);
  // Verbs whose stem vowel changes before a silent e (lever → lève, céder → cède, jeter → jette, employer → emploie).
  if (silentE && /(?:e[^aeiouyéèêëîïôûù]|é[^aeiouyéèêëîïôûù]{1,2}|[aou]y)$/.test(stem)) return null;
  if (/^[ao]/.test(form)) {
    if (stem.endsWith('g')) return `${stem}e${form}`;
    if (stem.endsWith('c')) return `${stem.slice(0, -1)}ç${form}`;
  }
  return stem + form;
}
