// Kills a child editing a project through the store with SIGKILL 1,000 times (or argv[2] times) at random moments
// and prints how many acknowledged changes were lost (goal: 0).
// Run: node --import tsx bench/store-crash.ts [kills] [bundle|tsx]
import { type CrashChildLauncher, runStoreCrashCycles } from '../test/helpers/store-crash-run.ts';

async function main(): Promise<void> {
  const kills = Number(process.argv[2] ?? 1000);
  const launcher = (process.argv[3] ?? 'bundle') as CrashChildLauncher;
  const result = await runStoreCrashCycles(kills, { seed: Date.now() % 1_000_000, launcher });
  console.log(`store crash bench (${launcher} child): ${result.kills} SIGKILLs in ${result.seconds.toFixed(1)} s`);
  console.log(`  acknowledged changes: ${result.acknowledged}`);
  console.log(`  lost acknowledged changes: ${result.lost} (goal 0)`);
  console.log(`  reopened states differing from the journaled actions: ${result.mismatches} (goal 0)`);
  console.log(`  open warnings (torn journal lines skipped): ${result.warnings}`);
  for (const message of result.messages.slice(0, 20)) console.log(`  ${message}`);
  if (result.lost > 0 || result.mismatches > 0) process.exitCode = 1;
}

void main();
