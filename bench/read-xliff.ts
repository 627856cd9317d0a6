// Reads bench/data/bench-100k.xlf (make it with `node --import tsx bench/make-xliff.ts`) with our reader and with
// the `xliff` package's xliff2js, each in its own child process, and prints time and peak memory; then times the
// write-back and checks it is byte-identical. Run: node --import tsx bench/read-xliff.ts [runs, default 5]
// Prints the median run of each kind (by wall time), with the fastest and slowest.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const file = fileURLToPath(new URL('./data/bench-100k.xlf', import.meta.url));

/** What one child measured. */
interface Measure {
  readonly label: string;
  readonly ms: number;
  /** CPU time of the process during the measurement: less sensitive than wall time to a busy machine. */
  readonly cpuMs: number;
  readonly rssBeforeMb: number;
  readonly peakRssMb: number;
  readonly units: number;
  readonly extra?: string;
}

const megabytes = (bytes: number) => Math.round(bytes / 1024 / 1024);
const peakRss = () => megabytes(process.resourceUsage().maxRSS * 1024);
const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

/** Runs one measurement in this (child) process and prints it as JSON. */
async function child(kind: string): Promise<void> {
  const rssBeforeMb = megabytes(process.memoryUsage().rss);
  if (kind === 'ours' || kind === 'write') {
    const { readBilingualFile } = await import('../src/formats/read-bilingual-file.ts');
    const { writeBilingual } = await import('../src/formats/write-bilingual.ts');
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const doc = readBilingualFile(readFileSync(file), file);
    const ms = performance.now() - started;
    const cpuMs = cpuSince(cpuStarted);
    if (kind === 'ours') {
      const measure: Measure = {
        label: 'relecture readBilingualFile',
        ms,
        cpuMs,
        rssBeforeMb,
        peakRssMb: peakRss(),
        units: doc.units.length,
      };
      process.stdout.write(JSON.stringify(measure));
      return;
    }
    const original = readFileSync(file, 'utf8');
    const writeStarted = performance.now();
    const writeCpu = process.cpuUsage();
    const written = writeBilingual(doc, 'xliff2');
    const writeMs = performance.now() - writeStarted;
    const writeCpuMs = cpuSince(writeCpu);
    const units = doc.units.map((unit, index) => (index === 500 ? { ...unit, target: `${unit.target} (revu)` } : unit));
    const editStarted = performance.now();
    const edited = writeBilingual({ ...doc, units }, 'xliff2');
    const editMs = performance.now() - editStarted;
    const freshStarted = performance.now();
    writeBilingual({ ...doc, preserved: undefined }, 'xliff2');
    const freshMs = performance.now() - freshStarted;
    const measure: Measure = {
      label: 'relecture writeBilingual (unchanged)',
      ms: writeMs,
      cpuMs: writeCpuMs,
      rssBeforeMb,
      peakRssMb: peakRss(),
      units: doc.units.length,
      extra:
        `byte-identical: ${written === original ? 'yes' : 'NO'}; one target changed: ${editMs.toFixed(0)} ms, ` +
        `${edited.length - original.length} chars longer; fresh XLIFF 2.1: ${freshMs.toFixed(0)} ms`,
    };
    process.stdout.write(JSON.stringify(measure));
    return;
  }
  // The package ships no types; a non-literal specifier keeps tsc from looking for them.
  const packageName: string = 'xliff';
  const { xliff2js } = (await import(packageName)) as { xliff2js: (xml: string) => Promise<unknown> };
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  const result = (await xliff2js(readFileSync(file, 'utf8'))) as {
    resources?: Record<string, Record<string, unknown>>;
  };
  const ms = performance.now() - started;
  const cpuMs = cpuSince(cpuStarted);
  const units = Object.values(result.resources ?? {}).reduce((sum, resource) => sum + Object.keys(resource).length, 0);
  const measure: Measure = { label: 'xliff package xliff2js', ms, cpuMs, rssBeforeMb, peakRssMb: peakRss(), units };
  process.stdout.write(JSON.stringify(measure));
}

/** Spawns a child for one measurement and returns what it printed. */
function measureInChild(kind: string): Measure {
  const run = spawnSync(process.execPath, ['--import', 'tsx', here, '--child', kind], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${kind} failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Measure;
}

if (process.argv[2] === '--child') {
  await child(process.argv[3] ?? 'ours');
} else {
  if (!existsSync(file)) {
    console.error('bench/data/bench-100k.xlf is missing: run node --import tsx bench/make-xliff.ts first');
    process.exitCode = 1;
  } else {
    console.log(`file: bench/data/bench-100k.xlf, ${(readFileSync(file).length / 1e6).toFixed(1)} MB`);
    console.log(
      `load average ${(await import('node:os'))
        .loadavg()
        .map((load) => load.toFixed(1))
        .join(' ')}`,
    );
    // Each figure is one cold read in a fresh process; a shared 2-core machine makes any single run noisy, so each
    // kind runs several times (the xliff package, 5 s a run, fewer) and the median run is printed with the fastest.
    const runs = Number(process.argv[2] ?? 5);
    for (const kind of ['ours', 'xliff', 'write']) {
      const measures = Array.from({ length: kind === 'xliff' ? Math.min(runs, 3) : runs }, () => measureInChild(kind));
      const sorted = measures.slice().sort((a, b) => a.ms - b.ms);
      const measure = sorted[Math.floor((sorted.length - 1) / 2)]!;
      const spread =
        sorted.length > 1
          ? ` [${sorted.length} runs: fastest ${sorted[0]!.ms.toFixed(0)} ms, slowest ${sorted.at(-1)!.ms.toFixed(0)} ms]`
          : '';
      console.log(
        `${measure.label.padEnd(38)} ${measure.ms.toFixed(0).padStart(6)} ms (CPU ${measure.cpuMs.toFixed(0)} ms)  peak RSS ${String(measure.peakRssMb).padStart(4)} MB ` +
          `(process at start ${measure.rssBeforeMb} MB)  ${measure.units} units${spread}${measure.extra ? `  ${measure.extra}` : ''}`,
      );
    }
  }
}
