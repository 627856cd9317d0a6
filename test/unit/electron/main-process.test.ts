import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { build } from 'esbuild';
import { CONTENT_SECURITY_POLICY } from '../../../src/api/csp.ts';
import { API_METHODS } from '../../../src/api/methods.ts';
import { repoPath } from '../../helpers/run-cli.ts';

// Runs the real main-process bundle in Node against a recording stand-in for `electron`, and checks what it asked
// Electron to do: the security options of the window, the handlers that refuse navigation, the CSP of the app:
// protocol, and IPC handlers that check their sender and validate their payload.

interface MainReport {
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  ipcChannels: string[];
  protocolHandlers: string[];
  singleInstance: boolean;
  result: Record<string, unknown> & { webPreferences: Record<string, unknown> };
}

describe('Electron main process', () => {
  let report: MainReport;

  before(async () => {
    // The app: protocol serves the built renderer; `npm test` builds before the unit tests run.
    assert.ok(existsSync(repoPath('dist/renderer/index.html')), 'dist/renderer is missing: run `npm run build` first');
    const outdir = repoPath('dist/electron-under-test');
    await build({
      entryPoints: { main: repoPath('electron/main.ts') },
      outdir,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['electron'],
      outExtension: { '.js': '.cjs' },
      logLevel: 'error',
    });
    mkdirSync(join(outdir, 'node_modules', 'electron'), { recursive: true });
    copyFileSync(
      repoPath('test/fixtures/electron-stand-in/electron.cjs'),
      join(outdir, 'node_modules', 'electron', 'index.js'),
    );
    const userData = mkdtempSync(join(tmpdir(), 'relecture-main-'));
    const run = spawnSync(process.execPath, [join(outdir, 'main.cjs')], {
      env: { ...process.env, RELECTURE_USER_DATA: userData },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const line = run.stdout.split('\n').find((candidate) => candidate.startsWith('{'));
    assert.ok(line, `the main process printed no report: ${run.stderr}`);
    report = JSON.parse(line) as MainReport;
  });

  test('creates the window with context isolation, the sandbox, no Node and web security', () => {
    const preferences = report.result.webPreferences;
    assert.equal(preferences.contextIsolation, true);
    assert.equal(preferences.sandbox, true);
    assert.equal(preferences.nodeIntegration, false);
    assert.equal(preferences.nodeIntegrationInWorker, false);
    assert.equal(preferences.nodeIntegrationInSubFrames, false);
    assert.equal(preferences.webSecurity, true);
    assert.equal(preferences.allowRunningInsecureContent, false);
    assert.equal(preferences.webviewTag, false);
    assert.match(String(preferences.preload), /preload\.cjs$/);
  });

  test('loads the UI from the app:// protocol, served with the strict CSP and nothing outside its folder', () => {
    assert.equal(report.result.loadedUrl, 'app://relecture/index.html');
    assert.deepEqual(report.protocolHandlers, ['app']);
    assert.equal(report.privilegedSchemes[0]?.scheme, 'app');
    assert.equal(report.result.csp, CONTENT_SECURITY_POLICY);
    assert.match(CONTENT_SECURITY_POLICY, /default-src 'none'/);
    assert.match(CONTENT_SECURITY_POLICY, /script-src 'self'(;|$)/);
    assert.equal(report.result.escapeStatus, 404);
  });

  test('denies new windows, navigation and redirects away from the app, webviews and permission requests', () => {
    assert.deepEqual(report.result.windowOpen, { action: 'deny' });
    assert.equal(report.result.navigateAwayPrevented, true);
    assert.equal(report.result.navigateInsidePrevented, false);
    assert.equal(report.result.redirectAwayPrevented, true);
    assert.equal(report.result.webviewPrevented, true);
    assert.equal(report.result.permissionGranted, false);
    assert.equal(report.result.permissionCheck, false);
    assert.equal(report.singleInstance, true);
  });

  test('registers one IPC handler per contract channel and nothing else', () => {
    assert.deepEqual([...report.ipcChannels].sort(), Object.values(API_METHODS).sort());
  });

  test('answers IPC only from the top frame of its own window, and validates payloads', () => {
    assert.deepEqual((report.result.ownFrameCall as { ok: boolean }).ok, true);
    assert.match(JSON.stringify(report.result.foreignFrameCall), /did not come from the Relecture window/);
    assert.match(JSON.stringify(report.result.subFrameCall), /did not come from the Relecture window/);
    assert.match(JSON.stringify(report.result.invalidPayloadCall), /Invalid request for segment:edit/);
  });
});
