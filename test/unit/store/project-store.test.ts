import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { ReviewRuleError } from '../../../src/review/review-rule-error.ts';
import { projectCompanions } from '../../../src/store/project-file-names.ts';
import { ProjectLockedError } from '../../../src/store/project-lock.ts';
import { ProjectStore } from '../../../src/store/project-store.ts';
import { shouldSnapshot } from '../../../src/store/snapshot-policy.ts';
import { reviewOf, temporaryDirectory } from './store-fixture.ts';

const translator = { user: 'Tina', role: 'translator' } as const;
const editor = { user: 'Eddy', role: 'editor' } as const;
const at = '2026-12-04T12:00:00.000Z';

let dir = '';
let cleanup = () => {};
let path = '';
beforeEach(() => {
  ({ dir, cleanup } = temporaryDirectory());
  path = join(dir, 'p.relecture.xlf');
});
afterEach(() => cleanup());

function journalLines(): string[] {
  return readFileSync(projectCompanions(path).journal, 'utf8').split('\n').filter(Boolean);
}

describe('ProjectStore', () => {
  test('has the action in the journal on disk when append resolves', async () => {
    const store = await ProjectStore.create(path, reviewOf(3));
    const review = await store.append({ type: 'edit', segmentId: 's2', text: 'Phrase revue.', actor: translator, at });
    assert.equal(review.segments[1]!.target, 'Phrase revue.');
    const lines = journalLines();
    assert.equal(lines.length, 1);
    assert.deepEqual(JSON.parse(lines[0]!).seq, 1);
    assert.equal(JSON.parse(lines[0]!).text, 'Phrase revue.');
    await store.close();
  });

  test('does not journal a refused action', async () => {
    const store = await ProjectStore.create(path, reviewOf(3));
    await assert.rejects(store.append({ type: 'approve', segmentId: 's1', actor: translator, at }), ReviewRuleError);
    assert.equal(journalLines().length, 0);
    await store.append({ type: 'approve', segmentId: 's1', actor: editor, at });
    assert.equal(JSON.parse(journalLines()[0]!).seq, 1);
    await store.close();
  });

  test('replays the journal over the snapshot when reopened after a crash', async () => {
    const store = await ProjectStore.create(path, reviewOf(3));
    await store.append({ type: 'edit', segmentId: 's1', text: 'Des attaques', actor: translator, at });
    await store.snapshot();
    await store.append({ type: 'confirm', segmentId: 's1', actor: translator, at });
    await store.append({ type: 'comment', segmentId: 's3', text: 'à revoir', actor: editor, at });
    const expected = JSON.stringify(store.review);
    // Simulate a crash: no close, the lock is left behind by a dead process.
    writeFileSync(projectCompanions(path).lock, JSON.stringify({ pid: 999_999_999, hostname: hostname(), since: at }));
    const opened = await ProjectStore.open(path);
    assert.equal(JSON.stringify(opened.review), expected);
    assert.equal(opened.store.lastSeq, 3);
    assert.deepEqual(opened.warnings, []);
    await opened.store.close();
  });

  test('never replays twice the actions a snapshot already holds', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.append({ type: 'comment', segmentId: 's1', text: 'un', actor: editor, at });
    const journalBefore = readFileSync(projectCompanions(path).journal);
    await store.snapshot();
    await store.close();
    // A crash between the snapshot's rename and the journal's truncation leaves the old lines behind.
    writeFileSync(projectCompanions(path).journal, journalBefore);
    const opened = await ProjectStore.open(path);
    assert.equal(opened.review.segments[0]!.comments.length, 1);
    await opened.store.close();
  });

  test('keeps saving during a snapshot and keeps in the journal only what the snapshot lacks', async () => {
    const store = await ProjectStore.create(path, reviewOf(2000));
    const snapshot = store.snapshot();
    const saves = Array.from({ length: 20 }, (_, i) =>
      store.append({ type: 'comment', segmentId: `s${i + 1}`, text: `pendant ${i}`, actor: editor, at }),
    );
    await Promise.all([snapshot, ...saves]);
    assert.equal(store.lastSeq, 20);
    // Whatever the snapshot caught, the journal holds the rest, each action exactly once across the two.
    const journaled = journalLines().map((line) => JSON.parse(line).seq as number);
    assert.deepEqual(
      journaled,
      Array.from({ length: journaled.length }, (_, i) => 21 - journaled.length + i),
    );
    writeFileSync(projectCompanions(path).lock, JSON.stringify({ pid: 999_999_999, hostname: hostname(), since: at }));
    const opened = await ProjectStore.open(path);
    assert.equal(
      opened.review.segments.slice(0, 20).every((segment) => segment.comments.length === 1),
      true,
    );
    await opened.store.close();
  });

  test('releases the lock without a snapshot, the journal keeping every change', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.append({ type: 'confirm', segmentId: 's2', actor: translator, at });
    const before = readFileSync(path, 'utf8');
    await store.release();
    assert.equal(readFileSync(path, 'utf8'), before);
    assert.equal(existsSync(projectCompanions(path).lock), false);
    const opened = await ProjectStore.open(path);
    assert.equal(opened.review.segments[1]!.status, 'translated');
    await opened.store.close();
  });

  test('skips a torn last journal line with a warning and keeps saving after it', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.append({ type: 'edit', segmentId: 's1', text: 'gardé', actor: translator, at });
    await store.close().catch(() => undefined);
    // Reopen without snapshot effects: write the journal by hand with a torn tail.
    const { journal } = projectCompanions(path);
    writeFileSync(
      journal,
      `${JSON.stringify({ type: 'edit', segmentId: 's2', text: 'ok', actor: translator, at, seq: 2 })}\n`,
    );
    appendFileSync(journal, '{"type":"edit","segmentId":"s1","te');
    const opened = await ProjectStore.open(path);
    assert.equal(opened.review.segments[1]!.target, 'ok');
    assert.equal(opened.warnings.length, 1);
    assert.match(opened.warnings[0]!, /line \(2\)/);
    await opened.store.append({ type: 'edit', segmentId: 's2', text: 'encore', actor: translator, at });
    await opened.store.close();
    const again = await ProjectStore.open(path);
    assert.equal(again.review.segments[1]!.target, 'encore');
    assert.deepEqual(again.warnings, []);
    await again.store.close();
  });

  test('refuses to open a journal corrupt in the middle, naming the line', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.close();
    const good = JSON.stringify({ type: 'confirm', segmentId: 's2', actor: translator, at, seq: 3 });
    writeFileSync(projectCompanions(path).journal, `{"broken\n${good}\n`);
    await assert.rejects(ProjectStore.open(path), /p\.relecture\.xlf\.journal:1: corrupt journal line/);
  });

  test('refuses a second opener while the holder is alive, naming it', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await assert.rejects(ProjectStore.open(path), (error: unknown) => {
      assert.ok(error instanceof ProjectLockedError);
      assert.match(error.message, new RegExp(`pid ${process.pid} on ${hostname()}`));
      return true;
    });
    await store.close();
    const reopened = await ProjectStore.open(path);
    await reopened.store.close();
  });

  test('takes over the lock of a dead process', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.close();
    const child = spawn(process.execPath, ['-e', '0']);
    const deadPid = await new Promise<number>((resolve) => child.on('exit', () => resolve(child.pid!)));
    writeFileSync(projectCompanions(path).lock, JSON.stringify({ pid: deadPid, hostname: hostname(), since: at }));
    const opened = await ProjectStore.open(path);
    assert.equal(JSON.parse(readFileSync(projectCompanions(path).lock, 'utf8')).pid, process.pid);
    await opened.store.close();
    assert.equal(existsSync(projectCompanions(path).lock), false);
  });

  test('refuses to create a project over an existing file', async () => {
    writeFileSync(path, 'precious');
    await assert.rejects(ProjectStore.create(path, reviewOf(1)), /already exists/);
    assert.equal(readFileSync(path, 'utf8'), 'precious');
  });

  test('keeps the last five snapshots as backups, newest first', async () => {
    const store = await ProjectStore.create(path, reviewOf(1));
    for (let i = 1; i <= 7; i++) {
      await store.append({ type: 'edit', segmentId: 's1', text: `version ${i}`, actor: translator, at });
      await store.snapshot();
    }
    await store.close();
    const { backups } = projectCompanions(path);
    assert.equal(backups.length, 5);
    const held = backups.map(
      (backup) => /<target xml:space="preserve">([^<]*)</.exec(readFileSync(backup, 'utf8'))?.[1],
    );
    assert.deepEqual(held, ['version 6', 'version 5', 'version 4', 'version 3', 'version 2']);
    assert.equal(existsSync(`${path}.bak6`), false);
  });

  test('falls back to the newest good backup when the snapshot is corrupt', async () => {
    const store = await ProjectStore.create(path, reviewOf(2));
    await store.append({ type: 'edit', segmentId: 's1', text: 'sauvé', actor: translator, at });
    await store.snapshot();
    await store.append({ type: 'edit', segmentId: 's2', text: 'aussi', actor: translator, at });
    await store.snapshot();
    await store.close();
    writeFileSync(path, '<xliff version="2.1"><file><unit'); // damaged on disk
    const opened = await ProjectStore.open(path);
    assert.equal(opened.review.segments[0]!.target, 'sauvé');
    assert.equal(opened.warnings.length, 1);
    assert.match(opened.warnings[0]!, /restored from the backup .*\.bak1/);
    await opened.store.close();
  });

  test('asks for a background snapshot after many actions or a long time, never with nothing to save', () => {
    assert.equal(shouldSnapshot(0, 10 * 60 * 1000), false);
    assert.equal(shouldSnapshot(3, 1000), false);
    assert.equal(shouldSnapshot(3, 10 * 60 * 1000), true);
    assert.equal(shouldSnapshot(10_000, 0), true);
  });
});
