// Generates bench/data/bench-100k.xlf: an XLIFF 2.1 file of 100,000 units (about 41 MB) with realistic English
// sentences, their French machine translation, some inline codes and notes. Run: node --import tsx bench/make-xliff.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const UNIT_COUNT = 100_000;

// Sentence pairs in the style of a news feed; the generator varies names and numbers so no two units are alike.
const PAIRS: readonly (readonly [string, string])[] = [
  [
    'Ransomware strikes against hospitals rose by {n} percent last year, according to the agency.',
    'Les grèves de rançongiciels contre les hôpitaux ont augmenté de {n} % l’an dernier, selon l’agence.',
  ],
  [
    'The ministry said on Tuesday that {name} had denied any involvement in the attack on the servers.',
    'Le ministère a déclaré mardi que {name} avait nié toute implication dans l’attaque contre les serveurs.',
  ],
  [
    'Investigators believe the hackers exploited a flaw in the email software used by {n} companies.',
    'Les enquêteurs pensent que les pirates ont exploité une faille dans le logiciel de messagerie utilisé par {n} entreprises.',
  ],
  [
    'The court sentenced {name} to {n} months in prison for fraud and money laundering.',
    'Le tribunal a condamné {name} à {n} mois de prison pour fraude et blanchiment d’argent.',
  ],
  [
    'Officials warned that the bill would eventually cost taxpayers more than {n} million euros.',
    'Les responsables ont averti que le projet de loi coûterait éventuellement aux contribuables plus de {n} millions d’euros.',
  ],
  [
    'The plant will close in {n} weeks, putting hundreds of jobs at risk, the union said.',
    'L’usine fermera dans {n} semaines, mettant en danger des centaines d’emplois, a déclaré le syndicat.',
  ],
];
const NAMES = ['Microsoft', 'Beijing', 'Mr Smith', 'Ms Dupont', 'the embassy', 'Interpol', 'the company'];

/** Escapes the characters that XML text may not hold as they are. */
function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Builds one unit's markup; every fifth unit carries inline codes, every seventh a note. */
function unitMarkup(index: number): string {
  const pair = PAIRS[index % PAIRS.length]!;
  const name = NAMES[index % NAMES.length]!;
  const n = String((index * 37) % 997);
  let source = escapeXml(pair[0].replace('{n}', n).replace('{name}', name));
  let target = escapeXml(pair[1].replace('{n}', n).replace('{name}', name));
  if (index % 5 === 0) {
    source = `<pc id="1" dataRefStart="d1" dataRefEnd="d2">${source.slice(0, 12)}</pc>${source.slice(12)}<ph id="2" dataRef="d3"/>`;
    target = `<pc id="1" dataRefStart="d1" dataRefEnd="d2">${target.slice(0, 12)}</pc>${target.slice(12)}<ph id="2" dataRef="d3"/>`;
  }
  const data =
    index % 5 === 0
      ? '\n      <originalData>\n        <data id="d1">&lt;b&gt;</data>\n        <data id="d2">&lt;/b&gt;</data>\n        <data id="d3">&lt;br/&gt;</data>\n      </originalData>'
      : '';
  const notes =
    index % 7 === 0
      ? `\n      <notes>\n        <note category="context">Headline of story ${index}, keep it short.</note>\n      </notes>`
      : '';
  const state = index % 3 === 0 ? ' state="translated"' : ' state="initial"';
  return `    <unit id="u${index}">${notes}${data}
      <segment${state}>
        <source>${source}</source>
        <target>${target}</target>
      </segment>
    </unit>
`;
}

/** Builds the whole document as one string. */
export function makeXliff(unitCount: number): string {
  const parts: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en" trgLang="fr">\n',
    '  <file id="f1" original="news-feed.html">\n',
  ];
  for (let index = 1; index <= unitCount; index++) parts.push(unitMarkup(index));
  parts.push('  </file>\n</xliff>\n');
  return parts.join('');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = fileURLToPath(new URL('./data/', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const xml = makeXliff(UNIT_COUNT);
  writeFileSync(`${dir}bench-100k.xlf`, xml);
  console.log(`bench/data/bench-100k.xlf: ${UNIT_COUNT} units, ${(Buffer.byteLength(xml) / 1e6).toFixed(1)} MB`);
}
