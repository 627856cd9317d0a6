import { boundedMemo } from '../text/bounded-memo.ts';

// A light French lemmatiser for matching: instead of choosing one lemma, it proposes every lemma a form could
// come from, and the pattern index looks each one up. Over-generation is harmless there (a candidate that is no
// pattern's lemma finds nothing) and keeps the cost a handful of map look-ups per token.

/** [form ending, lemma ending, shortest stem] rules, read as "a form ending so may come from a lemma ending so". */
const RULES: readonly (readonly [string, string, number])[] = [
  // Nouns and adjectives: number and gender.
  ['s', '', 2],
  ['x', '', 2],
  ['aux', 'al', 2],
  ['aux', 'ail', 2],
  ['e', '', 2],
  ['es', '', 2],
  ['ère', 'er', 2],
  ['ères', 'er', 2],
  ['euse', 'eur', 2],
  ['euses', 'eur', 2],
  ['rice', 'eur', 2],
  ['rices', 'eur', 2],
  ['ive', 'if', 2],
  ['ives', 'if', 2],
  ['elle', 'el', 2],
  ['elles', 'el', 2],
  ['enne', 'en', 2],
  ['ennes', 'en', 2],
  ['onne', 'on', 2],
  ['onnes', 'on', 2],
  ['ette', 'et', 2],
  ['ettes', 'et', 2],
  ['ienne', 'ien', 2],
  ['sse', 's', 2],
  ['che', 'c', 2],
  ['ve', 'f', 2],
  ['ale', 'al', 2],
  ['ales', 'al', 2],
  // First-group verbs (-er): present, imperfect, simple past, future, conditional, subjunctive, participles.
  ...['e', 'es', 'ent', 'ons', 'ez', 'ais', 'ait', 'aient', 'ions', 'iez', 'ai', 'as', 'a', 'âmes', 'âtes', 'èrent']
    .concat(['é', 'ée', 'és', 'ées', 'ant', 'ât', 'asse', 'assent'])
    .concat(['erai', 'eras', 'era', 'erons', 'erez', 'eront', 'erais', 'erait', 'erions', 'eriez', 'eraient'])
    .map((ending) => [ending, 'er', 2] as const),
  // Spelling changes before a or o: mangeons → manger, commençons → commencer.
  ...['eons', 'eait', 'eais', 'eaient', 'eant', 'ea', 'eâmes'].map((ending) => [ending, 'er', 2] as const),
  ...['çons', 'çait', 'çais', 'çaient', 'çant', 'ça'].map((ending) => [ending, 'cer', 2] as const),
  // Stem changes: achète → acheter, appelle → appeler, emploie → employer.
  ...['ète', 'ètes', 'ètent', 'èterai', 'ètera', 'èteront'].map((ending) => [ending, 'eter', 1] as const),
  ...['ève', 'èves', 'èvent', 'èvera', 'èveront'].map((ending) => [ending, 'ever', 1] as const),
  ...['ène', 'ènes', 'ènent', 'ènera', 'èneront'].map((ending) => [ending, 'ener', 1] as const),
  ...['ère', 'ères', 'èrent'].map((ending) => [ending, 'érer', 1] as const),
  ...['elle', 'elles', 'ellent', 'ellera', 'elleront'].map((ending) => [ending, 'eler', 1] as const),
  ...['ette', 'ettes', 'ettent', 'ettera', 'etteront'].map((ending) => [ending, 'eter', 1] as const),
  ...['oie', 'oies', 'oient', 'oiera', 'oieront'].map((ending) => [ending, 'oyer', 1] as const),
  ...['uie', 'uies', 'uient', 'uiera', 'uieront'].map((ending) => [ending, 'uyer', 1] as const),
  // Second group (-ir, finir).
  ...['is', 'it', 'issons', 'issez', 'issent', 'issais', 'issait', 'issaient', 'issions', 'issiez', 'isse', 'isses']
    .concat(['i', 'ie', 'ies', 'issant', 'irent', 'îmes', 'ît'])
    .concat(['irai', 'iras', 'ira', 'irons', 'irez', 'iront', 'irais', 'irait', 'irions', 'iriez', 'iraient'])
    .map((ending) => [ending, 'ir', 2] as const),
  // Third group in -re (attendre, vendre, répondre) and -ir like partir, servir.
  ...['s', '', 'ons', 'ez', 'ent', 'ais', 'ait', 'aient', 'ions', 'iez', 'u', 'ue', 'us', 'ues', 'ant', 'it', 'irent']
    .concat(['rai', 'ras', 'ra', 'rons', 'rez', 'ront', 'rais', 'rait', 'rions', 'riez', 'raient', 'e', 'es'])
    .map((ending) => [ending, 're', 2] as const),
  ...['s', 't', 'ons', 'ez', 'ent', 'ais', 'ait', 'aient', 'i', 'ie', 'is', 'ies', 'ant']
    .concat(['irai', 'ira', 'irons', 'iront', 'irait', 'iraient'])
    .map((ending) => [ending, 'ir', 2] as const),
  // -uire (produire, conduire, réduire, traduire), -indre (craindre, peindre, joindre).
  ...['uis', 'uit', 'uisons', 'uisez', 'uisent', 'uisait', 'uisaient', 'uisant', 'uite', 'uites', 'uits']
    .concat(['uira', 'uiront', 'uirait', 'uiraient', 'uisit', 'uisirent'])
    .map((ending) => [ending, 'uire', 1] as const),
  ...['ins', 'int', 'ignons', 'ignez', 'ignent', 'ignait', 'ignaient', 'ignant', 'inte', 'intes', 'ints'].map(
    (ending) => [ending, 'indre', 1] as const,
  ),
  // Adverbs in -ment from adjectives: only so that "définitivement" can be written as itself; no rule needed.
];

// Stems of irregular verbs, applied to compounds too (comprendre, permettre, prévoir, obtenir…).
const IRREGULAR_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  prendre: ['prends', 'prend', 'prenons', 'prenez', 'prennent', 'prenais', 'prenait', 'prenions', 'preniez']
    .concat(['prenaient', 'pris', 'prise', 'prises', 'prit', 'prirent', 'prendrai', 'prendra', 'prendront'])
    .concat(['prendrait', 'prendraient', 'prenne', 'prennes', 'prenant']),
  mettre: ['mets', 'met', 'mettons', 'mettez', 'mettent', 'mettais', 'mettait', 'mettaient', 'mis', 'mise'].concat([
    'mises',
    'mit',
    'mirent',
    'mettrai',
    'mettra',
    'mettront',
    'mettrait',
    'mettraient',
    'mette',
    'mettant',
  ]),
  venir: ['viens', 'vient', 'venons', 'venez', 'viennent', 'venais', 'venait', 'venaient', 'venu', 'venue']
    .concat(['venus', 'venues', 'vint', 'vinrent', 'viendrai', 'viendra', 'viendront', 'viendrait', 'vienne'])
    .concat(['viendraient', 'venant']),
  tenir: ['tiens', 'tient', 'tenons', 'tenez', 'tiennent', 'tenais', 'tenait', 'tenaient', 'tenu', 'tenue']
    .concat(['tenus', 'tenues', 'tint', 'tinrent', 'tiendrai', 'tiendra', 'tiendront', 'tiendrait', 'tienne'])
    .concat(['tiendraient', 'tenant']),
  faire: ['fais', 'fait', 'faisons', 'faites', 'font', 'faisais', 'faisait', 'faisaient', 'faits', 'faite'].concat([
    'fit',
    'firent',
    'ferai',
    'fera',
    'feront',
    'ferait',
    'feraient',
    'fasse',
    'fassent',
    'faisant',
  ]),
  voir: ['vois', 'voit', 'voyons', 'voyez', 'voient', 'voyais', 'voyait', 'voyaient', 'vu', 'vue', 'vus'].concat([
    'vues',
    'vit',
    'virent',
    'verrai',
    'verra',
    'verront',
    'verrait',
    'verraient',
    'voie',
    'voyant',
  ]),
  dire: ['dis', 'dit', 'disons', 'dites', 'disent', 'disais', 'disait', 'disaient', 'dite', 'dits', 'dites'].concat([
    'dirent',
    'dirai',
    'dira',
    'diront',
    'dirait',
    'diraient',
    'dise',
    'disant',
  ]),
  ouvrir: ['ouvre', 'ouvres', 'ouvrons', 'ouvrez', 'ouvrent', 'ouvrait', 'ouvraient', 'ouvert', 'ouverte'].concat([
    'ouverts',
    'ouvertes',
    'ouvrit',
    'ouvrira',
    'ouvriront',
    'ouvrant',
  ]),
  offrir: ['offre', 'offres', 'offrons', 'offrez', 'offrent', 'offrait', 'offraient', 'offert', 'offerte'].concat([
    'offerts',
    'offertes',
    'offrit',
    'offrira',
    'offriront',
    'offrant',
  ]),
  couvrir: ['couvre', 'couvrent', 'couvrait', 'couvert', 'couverte', 'couverts', 'couvertes', 'couvrira'],
  connaître: ['connais', 'connaît', 'connait', 'connaissons', 'connaissez', 'connaissent', 'connaissait'].concat([
    'connaissaient',
    'connu',
    'connue',
    'connus',
    'connues',
    'connaîtra',
    'connaissant',
  ]),
  paraître: ['parais', 'paraît', 'parait', 'paraissons', 'paraissent', 'paraissait', 'paru', 'parue', 'parus'],
  suivre: ['suis', 'suit', 'suivons', 'suivez', 'suivent', 'suivait', 'suivaient', 'suivi', 'suivie', 'suivis'],
  écrire: ['écris', 'écrit', 'écrivons', 'écrivez', 'écrivent', 'écrivait', 'écrite', 'écrits', 'écrites'],
  recevoir: ['reçois', 'reçoit', 'recevons', 'recevez', 'reçoivent', 'recevait', 'reçu', 'reçue', 'reçus'],
  devoir: ['dois', 'doit', 'devons', 'devez', 'doivent', 'devait', 'devaient', 'dû', 'due', 'dus', 'devra'],
  pouvoir: ['peux', 'peut', 'pouvons', 'pouvez', 'peuvent', 'pouvait', 'pouvaient', 'pu', 'pourra', 'puisse'],
  vouloir: ['veux', 'veut', 'voulons', 'voulez', 'veulent', 'voulait', 'voulaient', 'voulu', 'voudra'],
  savoir: ['sais', 'sait', 'savons', 'savez', 'savent', 'savait', 'savaient', 'su', 'saura', 'sache', 'sachant'],
  aller: ['vais', 'vas', 'va', 'allons', 'allez', 'vont', 'allait', 'allaient', 'allé', 'allée', 'ira', 'iront'],
  être: ['suis', 'es', 'est', 'sommes', 'êtes', 'sont', 'étais', 'était', 'étions', 'étiez', 'étaient', 'été']
    .concat(['fut', 'furent', 'serai', 'sera', 'serons', 'serez', 'seront', 'serait', 'seraient', 'soit', 'soient'])
    .concat(['étant']),
  avoir: ['ai', 'as', 'a', 'avons', 'avez', 'ont', 'avais', 'avait', 'avions', 'aviez', 'avaient', 'eu', 'eue']
    .concat(['eus', 'eut', 'eurent', 'aurai', 'aura', 'aurons', 'aurez', 'auront', 'aurait', 'auraient', 'ait'])
    .concat(['aient', 'ayant']),
  mourir: ['meurs', 'meurt', 'meurent', 'mourait', 'mort', 'morte', 'morts', 'mortes', 'mourra'],
  naître: ['nais', 'naît', 'naissent', 'naissait', 'né', 'née', 'nés', 'nées', 'naquit'],
  courir: ['cours', 'court', 'courent', 'courait', 'couru', 'courra'],
  croire: ['crois', 'croit', 'croyons', 'croient', 'croyait', 'cru', 'crue', 'croira'],
  vivre: ['vis', 'vit', 'vivons', 'vivent', 'vivait', 'vécu', 'vécue', 'vivra'],
  lire: ['lis', 'lit', 'lisons', 'lisent', 'lisait', 'lu', 'lue', 'lus', 'lira'],
  résoudre: ['résous', 'résout', 'résolvons', 'résolvent', 'résolvait', 'résolu', 'résolue', 'résolus'],
  battre: ['bats', 'bat', 'battons', 'battent', 'battait', 'battu', 'battue'],
};

// Families that also lend their forms to prefixed verbs (com|prendre, per|mettre, ob|tenir, pré|voir).
const COMPOUNDING = new Set(['prendre', 'mettre', 'venir', 'tenir', 'faire', 'voir', 'ouvrir', 'couvrir', 'suivre']);

const ruleMap = new Map<string, { lemmaEnding: string; minStem: number }[]>();
let longestEnding = 0;
for (const [ending, lemmaEnding, minStem] of RULES) {
  const list = ruleMap.get(ending) ?? [];
  list.push({ lemmaEnding, minStem });
  ruleMap.set(ending, list);
  longestEnding = Math.max(longestEnding, ending.length);
}

const exactForms = new Map<string, string[]>();
const familyEndings = new Map<string, string[]>();
let longestFamilyForm = 0;
for (const [lemma, forms] of Object.entries(IRREGULAR_FAMILIES)) {
  for (const form of forms) {
    const target = COMPOUNDING.has(lemma) ? familyEndings : exactForms;
    target.set(form, [...(target.get(form) ?? []), lemma]);
    if (COMPOUNDING.has(lemma)) longestFamilyForm = Math.max(longestFamilyForm, form.length);
  }
}

/** Every lemma a folded French form may come from, the form itself first: `grèves` → [grèves, grève, …]. */
export const frenchLemmaCandidates: (form: string) => readonly string[] = boundedMemo(computeCandidates, 50_000);

function computeCandidates(form: string): string[] {
  const found = new Set<string>([form]);
  for (const lemma of exactForms.get(form) ?? []) found.add(lemma);
  const max = Math.min(longestEnding, form.length - 1);
  for (let length = 1; length <= max; length++) {
    const ending = form.slice(form.length - length);
    const rules = ruleMap.get(ending);
    if (!rules) continue;
    const stem = form.slice(0, form.length - length);
    for (const rule of rules) {
      if (stem.length >= rule.minStem) found.add(stem + rule.lemmaEnding);
    }
  }
  for (let length = 1; length <= Math.min(longestFamilyForm, form.length); length++) {
    const ending = form.slice(form.length - length);
    const lemmas = familyEndings.get(ending);
    if (!lemmas) continue;
    const prefix = form.slice(0, form.length - length);
    for (const lemma of lemmas) found.add(prefix + lemma);
  }
  return [...found];
}
