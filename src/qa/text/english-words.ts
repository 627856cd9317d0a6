/** English function words that have no French homograph, so one left in French text is a strong signal. */
export const ENGLISH_ONLY_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  (
    'the and of with which that this these those from have has had been being would should could will their ' +
    'they them its is are was were into about our your we you he she his her him what when where there than ' +
    'then how who whom whose also such any each other only very just not by to it be do does did can ' +
    'may might must shall upon over under after before while because although'
  ).split(' '),
);

/** Common English words (function words and frequent verbs) ignored when comparing content words. */
export const ENGLISH_STOPWORDS: ReadonlySet<string> = new Set([
  ...ENGLISH_ONLY_FUNCTION_WORDS,
  ...'a an on in at for as if so no yes all some more most many much said says say one two new up out own same'.split(
    ' ',
  ),
]);

/** Common French function words, ignored when comparing content words. */
export const FRENCH_STOPWORDS: ReadonlySet<string> = new Set(
  (
    "le la les l' un une des du de d' et ou où à au aux en dans par pour sur sous avec sans ce cet cette ces " +
    "qui que qu' quoi dont il elle ils elles on nous vous je j' tu se s' son sa ses leur leurs lui y ne n' pas " +
    "plus est sont a ont été être avoir fait c' ça mais car donc or ni si comme entre vers chez aussi tout tous " +
    "toute toutes même très m' t' lorsqu' puisqu' jusqu' a-t-il selon"
  ).split(' '),
);

/**
 * Titles and ranks written before a name (Mr, Dr, Gen.): not names themselves, and a period after one does not end
 * the sentence. Lower case.
 */
export const NAME_TITLES: ReadonlySet<string> = new Set(
  'mr mrs ms mx dr prof messrs mme mlle gen sen rep gov lt col capt sgt maj cpl adm rev hon pres supt insp'.split(' '),
);

/** English place names and their French forms, for the names check (the French form differs from the English). */
export const EXONYMS: Readonly<Record<string, readonly string[]>> = {
  beijing: ['pékin', 'pékinois'],
  britain: ['bretagne', 'britannique'],
  british: ['britannique', 'bretagne'],
  england: ['angleterre'],
  english: ['anglais'],
  germany: ['allemagne'],
  german: ['allemand'],
  london: ['londres'],
  moscow: ['moscou'],
  spain: ['espagne'],
  greece: ['grèce'],
  netherlands: ['pays-bas'],
  dutch: ['néerlandais'],
  hungary: ['hongrie'],
  turkey: ['turquie'],
  china: ['chine', 'chinois'],
  chinese: ['chinois', 'chine'],
  russia: ['russie', 'russe'],
  russian: ['russe', 'russie'],
  japan: ['japon', 'japonais'],
  japanese: ['japonais', 'japon'],
  american: ['américain', 'états-unis'],
  america: ['amérique', 'états-unis'],
  us: ['états-unis', 'américain'],
  u: ['états-unis'],
  usa: ['états-unis'],
  european: ['européen', 'europe'],
  asian: ['asiatique', 'asie'],
  western: ['occidental'],
  united: ['unis', 'uni'],
  states: ['états', 'etats'],
  state: ['état', 'etat'],
  great: ['grand'],
  foreign: ['étranger', 'étrangère'],
  affairs: ['affaires'],
  secretary: ['secrétaire'],
  minister: ['ministre'],
  ministry: ['ministère'],
  president: ['président'],
  justice: ['justice'],
  embassy: ['ambassade'],
  kingdom: ['royaume'],
  union: ['union'],
  south: ['sud'],
  north: ['nord'],
  east: ['est'],
  west: ['ouest'],
  'new zealand': ['nouvelle-zélande'],
  zealand: ['zélande', 'nouvelle-zélande'],
  wales: ['galles'],
  scotland: ['écosse'],
  switzerland: ['suisse'],
  sweden: ['suède'],
  norway: ['norvège'],
  denmark: ['danemark'],
  poland: ['pologne'],
  ukraine: ['ukraine'],
  india: ['inde'],
  mexico: ['mexique'],
  brazil: ['brésil'],
  egypt: ['égypte'],
  iraq: ['irak'],
  peru: ['pérou'],
  fahrenheit: ['celsius', '°c', 'fahrenheit'],
  celsius: ['celsius', '°c'],
  monday: ['lundi'],
  tuesday: ['mardi'],
  wednesday: ['mercredi'],
  thursday: ['jeudi'],
  friday: ['vendredi'],
  saturday: ['samedi'],
  sunday: ['dimanche'],
  january: ['janvier'],
  february: ['février'],
  march: ['mars'],
  april: ['avril'],
  may: ['mai'],
  june: ['juin'],
  july: ['juillet'],
  august: ['août'],
  september: ['septembre'],
  october: ['octobre'],
  november: ['novembre'],
  december: ['décembre'],
};

/** English acronyms whose French counterpart differs (NATO → OTAN). */
export const ACRONYMS: Readonly<Record<string, readonly string[]>> = {
  NATO: ['OTAN'],
  UN: ['ONU', 'Nations unies'],
  EU: ['UE', 'Union européenne'],
  US: ['États-Unis', 'É.-U.', 'américain'],
  USA: ['États-Unis', 'É.-U.'],
  UK: ['Royaume-Uni', 'R.-U.', 'britannique'],
  WHO: ['OMS'],
  IMF: ['FMI'],
  WTO: ['OMC'],
  AI: ['IA'],
  CEO: ['PDG', 'directeur général', 'directrice générale'],
  NGO: ['ONG'],
  GDP: ['PIB'],
  DNA: ['ADN'],
  AIDS: ['sida', 'SIDA'],
  HIV: ['VIH'],
  ECB: ['BCE'],
  OECD: ['OCDE'],
  FAQ: ['FAQ', 'questions'],
  VAT: ['TVA'],
  ID: ['identifiant', 'ID'],
  PC: ['PC', 'ordinateur'],
  USB: ['USB'],
};
