// Retranslation from the review desk against a fake LibreTranslate on 127.0.0.1: the service settings with their
// connection test, a whole-document retranslation that lands in the English column, and a cancelled slow job.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './harness/fixture.ts';
import { screenshot, waitForDesk } from './support/desk.ts';

/** What the fake received: LibreTranslate's documented `POST /translate` body. */
interface TranslateRequest {
  readonly q: string[];
  readonly source: string;
  readonly target: string;
  readonly format: string;
  readonly api_key?: string;
}

/** A fake LibreTranslate: answers "EN: <text>" for each text, after `delayMs`, refusing the key "wrong" as the real one does. */
class FakeLibreTranslate {
  readonly requests: TranslateRequest[] = [];
  delayMs = 0;
  private readonly server: Server;
  private readonly pending = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((request, response) => void this.answer(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.pending) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    let body = '';
    for await (const chunk of request) body += String(chunk);
    if (request.method !== 'POST' || request.url !== '/translate') {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"Not Found"}');
      return;
    }
    const payload = JSON.parse(body) as TranslateRequest;
    this.requests.push(payload);
    if (payload.api_key === 'wrong') {
      response.writeHead(403, { 'content-type': 'application/json' }).end('{"error":"Invalid API key"}');
      return;
    }
    this.pending.add(response);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.pending.delete(response);
    if (response.destroyed) return;
    const texts = Array.isArray(payload.q) ? payload.q : [payload.q];
    response
      .writeHead(200, { 'content-type': 'application/json' })
      .end(JSON.stringify({ translatedText: texts.map((text) => `EN: ${text}`) }));
  }
}

let fake: FakeLibreTranslate;
let fakeUrl: string;

test.beforeEach(async () => {
  fake = new FakeLibreTranslate();
  fakeUrl = await fake.start();
});

test.afterEach(async () => {
  await fake.stop();
});

/** Chooses LibreTranslate at the fake's address in the open service dialog and tests the connection. */
async function configureLibreTranslate(page: Page, key = ''): Promise<void> {
  const dialog = page.locator('.mt-settings-dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Service').selectOption('libretranslate');
  await dialog.getByLabel('Address (URL)').fill(fakeUrl);
  if (key !== '') await dialog.getByLabel('API key').fill(key);
  await dialog.getByRole('button', { name: 'Test connection' }).click();
}

test('retranslates the whole document through LibreTranslate after setting the service up from the dialog', async ({
  workbench,
}) => {
  const { page } = workbench;
  await waitForDesk(page);
  const englishText = page.locator('#editor-pane .english-text');
  await expect(englishText).not.toContainText('EN: ');

  // No service yet: the dialog says so in words and offers the settings.
  await page.getByRole('button', { name: 'Retranslate…' }).click();
  const dialog = page.locator('.retranslate-dialog');
  await expect(dialog.locator('#retranslate-message')).toContainText('No retranslation service is configured');
  expect(fake.requests).toHaveLength(0);
  await dialog.getByRole('button', { name: 'Retranslation service…' }).click();

  // Test connection reports success with the fake's answer.
  await configureLibreTranslate(page);
  const result = page.locator('#mt-test-result');
  await expect(result).toContainText('Success');
  await expect(result).toContainText('EN: Bonjour.');
  expect(fake.requests[0]).toMatchObject({ q: ['Bonjour.'], source: 'fr', target: 'en', format: 'text' });
  await page.locator('#mt-save').click();
  await expect(page.locator('.mt-settings-dialog')).toHaveCount(0);

  // Back in the Retranslate dialog: the whole document, to the end.
  await dialog.getByLabel(/The whole document/).check();
  await dialog.getByRole('button', { name: 'Retranslate', exact: true }).click();
  const progress = dialog.locator('#retranslate-progress');
  await expect(dialog.locator('#retranslate-message')).toContainText('Done', { timeout: 20_000 });
  const count = (await dialog.locator('#retranslate-count').textContent()) ?? '';
  const [done, total] = count.split(' / ').map(Number);
  expect(total).toBeGreaterThan(1);
  expect(done).toBe(total);
  expect(await progress.evaluate((bar: HTMLProgressElement) => bar.value === bar.max)).toBe(true);
  // French to English, each distinct French text once (repeated or empty segments need no request of their own).
  const batches = fake.requests.slice(1);
  expect(batches.every((request) => request.source === 'fr' && request.target === 'en')).toBe(true);
  const sent = batches.flatMap((request) => request.q);
  expect(new Set(sent).size).toBe(sent.length);
  expect(sent.length).toBeGreaterThan((total ?? 0) / 2);
  // The desk reloads behind the dialog: the grid's English column holds the fake's retranslations.
  const firstRow = page.locator('.grid-row').first();
  await expect(firstRow.locator('.col-english')).toContainText('EN: ');
  await screenshot(page, 'retranslate.png');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(englishText).toContainText('EN: ');
  await expect(page.locator('#status-message')).not.toHaveClass(/error/);
});

test('a bad key is reported, forgotten, and a slow retranslation can be cancelled', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);

  // A refused key: the test says why, and the dialog only knows that a key is stored.
  await page.getByRole('button', { name: 'Retranslation service…' }).click();
  await configureLibreTranslate(page, 'wrong');
  const settings = page.locator('.mt-settings-dialog');
  await expect(page.locator('#mt-test-result')).toContainText('Failed');
  await expect(page.locator('#mt-test-result')).toContainText(/key/i);
  await expect(settings.locator('#mt-key-state')).toContainText('A key is stored');
  await expect(settings.getByLabel('API key')).toHaveValue('');
  await settings.getByRole('button', { name: 'Forget the stored key' }).click();
  await expect(settings.locator('#mt-key-state')).toContainText('No key is stored');
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await expect(page.locator('#mt-test-result')).toContainText('Success');
  await page.locator('#mt-save').click();

  // A slow service: cancel while the first batch is out; the dialog says where it stopped.
  fake.delayMs = 30_000;
  await page.keyboard.press('Control+Shift+R');
  const dialog = page.locator('.retranslate-dialog');
  await dialog.getByLabel(/The whole document/).check();
  await dialog.getByRole('button', { name: 'Retranslate', exact: true }).click();
  await expect(dialog.locator('#retranslate-message')).toContainText('Retranslating');
  await expect.poll(() => fake.requests.length).toBeGreaterThan(2);
  await dialog.getByRole('button', { name: 'Cancel retranslation' }).click();
  await expect(dialog.locator('#retranslate-message')).toContainText('Cancelled after 0 of');
  await expect(dialog.locator('.retranslate-content')).toHaveAttribute('data-state', 'cancelled');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.locator('#editor-pane .english-text')).not.toContainText('EN: ');
});

test('retranslates only the segments the filter shows in a French-only project', async ({ workbench }) => {
  const { page } = workbench;
  await waitForDesk(page);

  // A French file alone: no English until a retranslation brings one.
  const transfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    const french =
      'Les grèves ont arrêté les trains.\n\nLes syndicats se sont réunis lundi.\n\nLes grèves continuent.\n';
    data.items.add(new File([french], 'avis.fr.txt'));
    return data;
  });
  await page.dispatchEvent('.desk', 'drop', { dataTransfer: transfer });
  await expect(page.locator('.toolbar .project-name')).toContainText('avis');
  const rows = page.locator('.grid-row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1).locator('.col-english')).not.toContainText('EN: ');

  await page.getByRole('button', { name: 'Retranslation service…' }).click();
  await configureLibreTranslate(page);
  await expect(page.locator('#mt-test-result')).toContainText('Success');
  await page.locator('#mt-save').click();

  // With a filter on, the filtered segments are the scope offered first.
  await page.locator('#filter-text').fill('grèves');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Retranslate…' }).click();
  const dialog = page.locator('.retranslate-dialog');
  await expect(dialog.getByLabel(/The segments shown by the filter \(2\)/)).toBeChecked();
  await dialog.getByRole('button', { name: 'Retranslate', exact: true }).click();
  await expect(dialog.locator('#retranslate-message')).toContainText('Done');
  await expect(dialog.locator('#retranslate-count')).toHaveText('2 / 2');
  await dialog.getByRole('button', { name: 'Close' }).click();

  // The filtered rows have their English; the hidden one was not sent.
  await page.locator('#filter-text').fill('');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0).locator('.col-english')).toContainText('EN: Les grèves ont arrêté les trains.');
  await expect(rows.nth(2).locator('.col-english')).toContainText('EN: Les grèves continuent.');
  await expect(rows.nth(1).locator('.col-english')).not.toContainText('EN: ');
  expect(fake.requests.flatMap((request) => request.q)).not.toContain('Les syndicats se sont réunis lundi.');
});
