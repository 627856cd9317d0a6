import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { createWorkbench, dispatch } from '../../../src/app/index.ts';
import { validateBilingualFile } from '../../../src/validate/validate-bilingual-file.ts';
import { repoPath } from '../../helpers/run-cli.ts';

const samplesDir = repoPath('samples');
const freshUserData = () => mkdtempSync(join(tmpdir(), 'relecture-app-'));

/** A fetch that fails the test if anything tries to reach the network. */
function forbiddenFetch(calls: string[]): typeof fetch {
  return (async (input: string | URL | Request) => {
    calls.push(String(input));
    throw new Error('network call made');
  }) as typeof fetch;
}

describe('workbench service', () => {
  test('opens the sample beside its retranslation, every segment with English and French', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const view = await workbench.handlers['project:openSample']({});
    assert.equal(view.mode, 'retranslation');
    assert.equal(view.englishRole, 'retranslation');
    assert.ok(view.segments.length >= 40);
    for (const segment of view.segments) {
      assert.ok(segment.english && segment.english.trim().length > 0, `English of ${segment.id}`);
      assert.ok(segment.target.trim().length > 0, `French of ${segment.id}`);
    }
    const strikes = view.segments.find((segment) => segment.target.includes('grèves'));
    assert.ok(
      strikes?.flags.some(
        (flag) => flag.severity === 'major' && strikes.target.slice(flag.start, flag.end) === 'grèves',
      ),
    );
    await workbench.close();
  });

  test('keeps an edit after the service is closed and started again', async () => {
    const userDataDir = freshUserData();
    const first = await createWorkbench({ shell: 'browser', userDataDir, samplesDir });
    const view = await first.handlers['project:openSample']({});
    const segment = view.segments.find((candidate) => candidate.target.includes('grèves'))!;
    const fixed = segment.target.replace('grèves', 'attaques');
    const update = await first.handlers['segment:edit']({ segmentId: segment.id, text: fixed });
    assert.equal(update.segment.status, 'draft');
    assert.ok(!update.segment.flags.some((flag) => flag.check === 'wrong-sense' && flag.severity === 'major'));
    await first.close();

    const second = await createWorkbench({ shell: 'browser', userDataDir, samplesDir });
    const reopened = await second.handlers['project:current']({});
    assert.equal(reopened?.segments.find((candidate) => candidate.id === segment.id)?.target, fixed);
    await second.close();
  });

  test('keeps the open review open and editable when the next file cannot be read', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const view = await workbench.handlers['project:openSample']({});
    const bad = [
      { name: 'empty.txt', contentBase64: '' },
      { name: 'broken.xlf', contentBase64: Buffer.from('<xliff version="2.1" srcLang="en"><file').toString('base64') },
    ];
    for (const target of bad) {
      await assert.rejects(workbench.handlers['project:import']({ target }), new RegExp(target.name));
    }
    const segment = view.segments[1]!;
    const update = await workbench.handlers['segment:edit']({
      segmentId: segment.id,
      text: `${segment.target} (revu)`,
    });
    assert.equal(update.segment.target, `${segment.target} (revu)`);
    const current = await workbench.handlers['project:current']({});
    assert.equal(current?.projectPath, view.projectPath);
    assert.equal(current?.segments[1]?.target, `${segment.target} (revu)`);
    await workbench.close();
  });

  test('opening the project that is already open keeps it as it is', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const view = await workbench.handlers['project:openSample']({});
    const segment = view.segments[0]!;
    await workbench.handlers['segment:edit']({ segmentId: segment.id, text: 'Texte revu.' });
    const again = await workbench.handlers['project:openSample']({});
    assert.equal(again.projectPath, view.projectPath);
    assert.equal(again.segments[0]?.target, 'Texte revu.');
    await workbench.handlers['segment:edit']({ segmentId: segment.id, text: 'Texte revu deux fois.' });
    await workbench.close();
  });

  test('refuses a translator approval with a translatable reason, through the same dispatch the shells use', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const view = await workbench.handlers['project:openSample']({});
    const response = await dispatch(workbench.handlers, 'segment:approve', { segmentId: view.segments[0]!.id });
    assert.equal(response.ok, false);
    assert.ok(!response.ok && response.error.key?.startsWith('review:'), JSON.stringify(response));
    assert.ok(!response.ok && !response.error.message.includes('{'), 'the plain message is worded, not a key dump');
    await workbench.handlers['settings:set']({ role: 'editor' });
    await workbench.handlers['segment:confirm']({ segmentId: view.segments[0]!.id });
    const approved = await workbench.handlers['segment:approve']({ segmentId: view.segments[0]!.id });
    assert.equal(approved.segment.status, 'approved');
    assert.equal(approved.summary.byStatus.approved, 1);
    await workbench.close();
  });

  test('imports an uploaded XLIFF as a review with its English source', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const bytes = readFileSync(join(samplesDir, 'sample.en-fr.xlf'));
    const view = await workbench.handlers['project:import']({
      target: { name: 'sample.en-fr.xlf', contentBase64: bytes.toString('base64') },
    });
    assert.equal(view.mode, 'source');
    assert.ok(view.segments.length > 0 && view.segments.every((segment) => segment.source !== null));
    await workbench.close();
  });

  test('exports an XLIFF opened from a file back onto that file: only what the review changed differs', async () => {
    const userDataDir = freshUserData();
    const original = readFileSync(join(samplesDir, 'sample.en-fr.xlf'));
    const target = { name: 'sample.en-fr.xlf', contentBase64: original.toString('base64') };
    const first = await createWorkbench({ shell: 'browser', userDataDir, samplesDir });
    await first.handlers['project:import']({ target });
    const unchanged = await first.handlers['export:download']({ format: 'xliff2' });
    assert.equal(Buffer.from(unchanged.contentBase64!, 'base64').toString('utf8'), original.toString('utf8'));
    assert.equal(unchanged.written, 6);
    assert.equal(unchanged.fileName, 'sample.en-fr.xlf');

    const view = await first.handlers['project:current']({});
    const title = view!.segments.find((segment) => segment.id === 'title')!;
    await first.handlers['segment:edit']({ segmentId: 'title', text: title.target.replace('grèves', 'attaques') });
    await first.handlers['segment:comment']({ segmentId: 'p2-s1', text: 'porter plainte' });
    await first.close();

    // A later session, on the project alone: the copy of the file kept beside it is what the export is written onto.
    const second = await createWorkbench({ shell: 'browser', userDataDir, samplesDir });
    await second.handlers['project:current']({});
    const edited = await second.handlers['export:download']({ format: 'xliff2' });
    const xml = Buffer.from(edited.contentBase64!, 'base64').toString('utf8');
    assert.deepEqual(validateBilingualFile(Buffer.from(xml), 'edited.xlf'), []);
    const input = original.toString('utf8');
    // What the review did not touch is there as the file had it: file metadata and notes, original data, names,
    // ignorable content, and the quality issue the file carried on an unedited segment.
    for (const kept of [
      '<file id="f1" original="ransomware-brief.html">',
      '<note category="client">Security bulletin',
      '<unit id="title" name="headline">',
      '<data id="d1">&lt;strong&gt;</data>',
      '<ignorable>',
      input.slice(input.indexOf('<unit id="p1-s1">'), input.indexOf('<unit id="p2-s1">')),
    ]) {
      assert.ok(xml.includes(kept), `kept: ${kept.slice(0, 60)}`);
    }
    assert.match(xml, /<target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Les attaques de rançongiciels<\/pc>/);
    assert.match(xml, /porter plainte/);
    assert.ok(!xml.includes('grèves'));
    await second.close();
  });

  test('refuses to export over the project file or the input it was opened from', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    const view = await workbench.handlers['project:openSample']({});
    for (const path of [view.projectPath, join(samplesDir, 'china-denies-microsoft-hack.fr-mt.txt')]) {
      const response = await dispatch(workbench.handlers, 'export:write', { format: 'txt', path });
      assert.equal(response.ok, false, path);
    }
    const out = join(freshUserData(), 'corrected.txt');
    const written = await workbench.handlers['export:write']({ format: 'txt', path: out });
    assert.equal(written.path, out);
    assert.match(readFileSync(out, 'utf8'), /grèves importantes contre les ransomwares/);
    await workbench.close();
  });

  test('writes the HTML report in the UI language, every heading and chart translated', async () => {
    const workbench = await createWorkbench({ shell: 'browser', userDataDir: freshUserData(), samplesDir });
    await workbench.handlers['project:openSample']({});
    const report = async (): Promise<string> => {
      const download = await workbench.handlers['export:download']({ format: 'html' });
      return Buffer.from(download.contentBase64 ?? '', 'base64').toString('utf8');
    };
    const english = await report();
    for (const heading of [
      'Summary',
      'Segments by status',
      'Open flags by category',
      'Changed and annotated segments',
    ]) {
      assert.match(english, new RegExp(`<h2>${heading}</h2>`));
    }
    await workbench.handlers['settings:set']({ uiLanguage: 'fr' });
    const french = await report();
    assert.match(french, /<h2>Synthèse<\/h2>/);
    assert.match(french, /<title>Segments par statut<\/title>/);
    // No key left untranslated anywhere in either report.
    for (const html of [english, french]) assert.doesNotMatch(html, />report\.[a-zA-Z]+</);
    await workbench.close();
  });

  test('makes no network call when no retranslation service is configured', async () => {
    const calls: string[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = forbiddenFetch(calls);
    try {
      const workbench = await createWorkbench({
        shell: 'browser',
        userDataDir: freshUserData(),
        samplesDir,
        fetch: forbiddenFetch(calls),
      });
      const view = await workbench.handlers['project:openSample']({});
      const id = view.segments[3]!.id;
      await workbench.handlers['segment:edit']({ segmentId: id, text: `${view.segments[3]!.target} ` });
      await workbench.handlers['segment:confirm']({ segmentId: id });
      await workbench.handlers['qa:check']({ segmentId: id, text: 'Cette année a vu des grèves.' });
      for (const format of ['txt', 'xliff2', 'xliff12', 'tmx', 'csv', 'html', 'docx'] as const) {
        await workbench.handlers['export:download']({ format });
      }
      assert.equal((await workbench.handlers['mt:getSettings']({})).provider, 'none');
      assert.equal((await workbench.handlers['mt:test']({})).ok, false);
      const refused = await dispatch(workbench.handlers, 'mt:retranslate', { segmentIds: 'all' });
      assert.equal(refused.ok, false);
      await workbench.close();
    } finally {
      globalThis.fetch = realFetch;
    }
    assert.deepEqual(calls, []);
  });

  test('retranslates the document through a configured LibreTranslate and shows the result as the English', async () => {
    const server = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        const { q } = JSON.parse(body) as { q: string[] };
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ translatedText: q.map((text) => `EN(${text.length})`) }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const userDataDir = freshUserData();
      const workbench = await createWorkbench({ shell: 'browser', userDataDir, samplesDir });
      const target = join(samplesDir, 'china-denies-microsoft-hack.fr-mt.txt');
      const opened = await workbench.handlers['project:open']({ targetPath: target });
      assert.equal(opened.mode, 'target-only');
      await workbench.handlers['mt:setSettings']({ provider: 'libretranslate', url, model: '', key: 'secret-key' });
      assert.equal((await workbench.handlers['mt:getSettings']({})).hasKey, true);
      let job = await workbench.handlers['mt:retranslate']({ segmentIds: 'all' });
      for (let wait = 0; wait < 200 && job.state === 'running'; wait++) {
        await new Promise((resolve) => setTimeout(resolve, 25));
        job = await workbench.handlers['mt:progress']({ jobId: job.jobId });
      }
      assert.equal(job.state, 'done');
      const view = await workbench.handlers['project:current']({});
      assert.ok(view?.segments.every((segment) => segment.retranslation?.startsWith('EN(')));
      assert.equal(view?.englishRole, 'retranslation', 'the English column is now labelled as a retranslation');
      assert.ok(view?.segments.every((segment) => segment.english === segment.retranslation));
      assert.doesNotMatch(readFileSync(view!.projectPath, 'utf8'), /secret-key/);
      await workbench.close();
    } finally {
      server.close();
    }
  });
});
