import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { type QaCliOptions, runQa } from '../../../../src/cli/commands/qa.ts';
import {
  checkWithGrammalecteServer,
  grammalecteCategory,
  grammalecteFlags,
  grammalecteText,
  mergeFlags,
} from '../../../../src/qa/external/grammalecte.ts';
import { segment } from '../qa-fixtures.ts';

// A stand-in for grammalecte-server on 127.0.0.1: flags every "les chat", every space before a comma and every
// "ransomwares" (so the sample gets some), with offsets within the paragraph, as the real server does.
function fakeAnswer(text: string): unknown {
  const data = text.split('\n').flatMap((paragraph, index) => {
    const errors = [];
    for (const match of paragraph.matchAll(/les chat\b/g)) {
      errors.push({
        nStart: match.index,
        nEnd: match.index + 'les chat'.length,
        sLineId: '#1',
        sRuleId: 'gn_les_accord',
        sType: 'gn',
        sMessage: 'Accord de nombre erroné : « chat » devrait être au pluriel.',
        aSuggestions: ['les chats'],
      });
    }
    for (const match of paragraph.matchAll(/ransomwares/g)) {
      errors.push({
        nStart: match.index,
        nEnd: match.index + 'ransomwares'.length,
        sLineId: '#3',
        sRuleId: 'fake_anglicisme',
        sType: 'bs',
        sMessage: 'Anglicisme.',
        aSuggestions: [],
      });
    }
    for (const match of paragraph.matchAll(/ ,/g)) {
      errors.push({
        nStart: match.index,
        nEnd: match.index + 2,
        sLineId: '#2',
        sRuleId: 'esp_avant_virgule',
        sType: 'esp',
        sMessage: 'Pas d’espace avant une virgule.',
        aSuggestions: [','],
      });
    }
    return errors.length > 0 ? [{ iParagraph: index + 1, lGrammarErrors: errors, lSpellingErrors: [] }] : [];
  });
  return { program: 'grammalecte-fr', version: 'fake', lang: 'fr', error: '', data };
}

let server: Server;
let url = '';
const received: string[] = [];

before(async () => {
  server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString('utf8');
    });
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== '/gc_text/fr') {
        response.writeHead(404).end();
        return;
      }
      const text = new URLSearchParams(body).get('text') ?? '';
      received.push(text);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(fakeAnswer(text)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.close();
});

// A loopback URL where nothing listens: a port just released by a server of our own.
async function deadUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const segments = [
  segment('Il a vu les chat du voisin.', {}, 0),
  segment('Rien à signaler.', {}, 1),
  segment('Bonjour , dit-il\ndevant les chat.', {}, 2),
];

describe('Grammalecte bridge', () => {
  test('sends one segment per line, with line breaks inside a segment turned into spaces', () => {
    assert.equal(
      grammalecteText(segments),
      'Il a vu les chat du voisin.\nRien à signaler.\nBonjour , dit-il devant les chat.',
    );
  });

  test('maps grammar errors to linguistic/grammar and spacing errors to typography', () => {
    assert.equal(grammalecteCategory('gn'), 'linguistic/grammar');
    assert.equal(grammalecteCategory('esp'), 'locale/typography');
    assert.equal(grammalecteCategory('typo'), 'locale/typography');
  });

  test('puts each error back into its segment with its offsets, as a minor flag carrying the message', () => {
    const flags = grammalecteFlags(fakeAnswer(grammalecteText(segments)), segments);
    const shown = flags.map((list, index) =>
      list.map(
        (flag) =>
          `${flag.category} ${flag.severity} [${segments[index]!.target.slice(flag.start, flag.end)}] → ${flag.suggestions.map((fix) => fix.text).join('|')}`,
      ),
    );
    assert.deepEqual(shown, [
      ['linguistic/grammar minor [les chat] → les chats'],
      [],
      ['locale/typography minor [ ,] → ,', 'linguistic/grammar minor [les chat] → les chats'],
    ]);
    assert.equal(flags[0]![0]!.messageKey, 'external.grammalecte');
    assert.match(String(flags[0]![0]!.params['message']), /pluriel/);
  });

  test('skips answers that do not fit: unknown paragraphs, offsets past the segment, malformed entries', () => {
    const odd = {
      data: [
        { iParagraph: 9, lGrammarErrors: [{ nStart: 0, nEnd: 2 }] },
        { iParagraph: 2, lGrammarErrors: [{ nStart: 0, nEnd: 500 }, 'x', null] },
        'y',
      ],
    };
    assert.deepEqual(grammalecteFlags(odd, segments), [[], [], []]);
    assert.deepEqual(grammalecteFlags('not json', segments), [[], [], []]);
  });

  test('asks a grammalecte-server on 127.0.0.1 and merges its flags with ours in text order', async () => {
    const external = await checkWithGrammalecteServer(segments, { url });
    assert.ok(external);
    assert.equal(received.at(-1), grammalecteText(segments));
    const ours = segments.map(() => [{ ...external[2]![1]!, id: 'ours', check: 'punctuation', start: 0, end: 1 }]);
    const merged = mergeFlags(ours, external);
    assert.deepEqual(
      merged[2]!.map((flag) => flag.check),
      ['punctuation', 'grammalecte', 'grammalecte'],
    );
    assert.deepEqual(
      merged[1]!.map((flag) => flag.check),
      ['punctuation'],
    );
  });

  test('gives up quietly when no server answers, and never sends text off this machine', async () => {
    assert.equal(await checkWithGrammalecteServer(segments, { url: await deadUrl(), timeoutMs: 2000 }), null);
    let called = false;
    const spy = (async () => {
      called = true;
      throw new Error('must not be called');
    }) as unknown as typeof fetch;
    assert.equal(await checkWithGrammalecteServer(segments, { url: 'http://192.0.2.1:8080', fetch: spy }), null);
    assert.equal(called, false);
  });
});

async function qaJson(options: Partial<QaCliOptions>): Promise<{ code: number; stderr: string; checks: string[] }> {
  let stdout = '';
  let stderr = '';
  const code = await runQa(
    'samples/china-denies-microsoft-hack.fr-mt.txt',
    { format: 'json', lang: 'en', ...options },
    { report: (text) => (stdout += text), error: (text) => (stderr += text) },
  );
  const report = JSON.parse(stdout) as { segments: { flags: { check: string }[] }[] };
  return { code, stderr, checks: report.segments.flatMap((s) => s.flags.map((flag) => flag.check)) };
}

describe('relecture qa --grammalecte', () => {
  test('adds Grammalecte flags to the report when its server answers', async () => {
    const plain = await qaJson({});
    const withGrammalecte = await qaJson({ grammalecte: url });
    assert.equal(withGrammalecte.code, 0);
    const added = withGrammalecte.checks.filter((check) => check === 'grammalecte').length;
    assert.ok(added > 0);
    assert.equal(withGrammalecte.checks.length, plain.checks.length + added);
  });

  test('changes nothing but a warning when Grammalecte is absent', async () => {
    const plain = await qaJson({});
    const absent = await qaJson({ grammalecte: await deadUrl() });
    assert.deepEqual(absent.checks, plain.checks);
    assert.equal(absent.code, plain.code);
    assert.match(absent.stderr, /Grammalecte did not answer/);
    assert.equal(plain.stderr, '');
  });
});
