// How long opening a large project holds the event loop (in Electron, the main process: windows, menus and every
// other call wait while it is held). Imports 100,000 distinct segments (a TSV with the English source) through the
// workbench, as the UI's import does, and prints the whole time and the longest holds of the event loop.
// Run: node --import tsx bench/open-hold.ts [segments, default 100000]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createWorkbench } from '../src/app/workbench.ts';

const count = Number(process.argv[2] ?? 100_000);
const pairs = [
  [
    'This year saw a series of major strikes against ransomware.',
    'Cette année a vu une série de grèves contre les rançongiciels.',
  ],
  [
    'The ministry said on Tuesday that the attack was serious.',
    'Le ministère a déclaré mardi que l’attaque était grave.',
  ],
  ['Four nationals were charged in March.', 'Quatre ressortissants ont été inculpés en mars.'],
] as const;
// A reference number in every segment: nothing repeats, so no check result can be reused.
const rows = ['source\ttarget'];
for (let i = 0; i < count; i++) {
  const [english, french] = pairs[i % pairs.length]!;
  rows.push(`${english} (ref. ${i + 1})\t${french} (réf. ${i + 1})`);
}
const contentBase64 = Buffer.from(`${rows.join('\n')}\n`).toString('base64');

const dir = mkdtempSync(join(tmpdir(), 'relecture-open-hold-'));
const workbench = await createWorkbench({ shell: 'browser', userDataDir: dir, samplesDir: 'samples' });
// A 10 ms timer: any gap well beyond that between two ticks is time the event loop was held.
const holds: number[] = [];
let last = performance.now();
const ticker = setInterval(() => {
  const now = performance.now();
  holds.push(now - last);
  last = now;
}, 10);
const started = performance.now();
await workbench.handlers['project:import']({ target: { name: 'open-hold.tsv', contentBase64 } } as never);
const seconds = (performance.now() - started) / 1000;
clearInterval(ticker);
holds.push(performance.now() - last);
await workbench.close();
rmSync(dir, { recursive: true, force: true });

const longest = holds.sort((a, b) => b - a).slice(0, 3);
console.log(
  `import of ${count} segments: ${seconds.toFixed(2)} s; longest holds of the event loop: ` +
    `${longest.map((ms) => `${ms.toFixed(0)} ms`).join(', ')}`,
);
