import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

const repoRoot = resolve(import.meta.dirname, '..', '..', '..');

/** The app under test, whichever shell runs it. */
export interface Workbench {
  /** The review desk's page. */
  page: Page;
  /** The browser host's URL (with its token); empty in Electron. */
  url: string;
  /** This test's own user-data folder (settings, projects), fresh for each test. */
  userDataDir: string;
  /** Which shell runs the UI. */
  shell: 'browser' | 'electron';
  /** Stops the app as a user would and starts it again on the same user data; `page` is the new page. */
  restart(): Promise<void>;
}

interface RunningApp {
  page: Page;
  url: string;
  stop(): Promise<void>;
}

async function startBrowserShell(userDataDir: string, newPage: () => Promise<Page>): Promise<RunningApp> {
  const child = spawn(process.execPath, ['bin/relecture.mjs', 'serve', '--json', '--user-data', userDataDir], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await readServedUrl(child);
  const page = await newPage();
  await page.goto(url);
  return {
    page,
    url,
    stop: async () => {
      await page.close();
      await stopChild(child);
    },
  };
}

async function startElectronShell(binary: string, userDataDir: string): Promise<RunningApp> {
  const app: ElectronApplication = await _electron.launch({
    executablePath: binary,
    args: [join(repoRoot, 'dist', 'electron', 'main.cjs'), '--no-sandbox'],
    env: { ...process.env, RELECTURE_USER_DATA: userDataDir },
  });
  const page = await app.firstWindow();
  return { page, url: '', stop: () => app.close() };
}

function readServedUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    let output = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`relecture serve did not start: ${errors}`)), 30_000);
    child.stderr?.on('data', (chunk) => (errors += String(chunk)));
    child.stdout?.on('data', (chunk) => {
      output += String(chunk);
      const line = output.split('\n').find((candidate) => candidate.startsWith('{'));
      if (line) {
        clearTimeout(timer);
        resolveUrl((JSON.parse(line) as { url: string }).url);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`relecture serve exited with ${code}: ${errors}`));
    });
  });
}

/** SIGTERM lets the host snapshot and unlock the project, as closing the app does. */
function stopChild(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** `test` with a `workbench` fixture: the app started on a fresh user-data folder, in the project's shell. */
export const test = base.extend<{ workbench: Workbench }>({
  workbench: async ({ context }, use, testInfo) => {
    const shell = testInfo.project.metadata.shell === 'electron' ? 'electron' : 'browser';
    let binary: string | undefined;
    if (shell === 'electron') {
      const found = findElectronBinary();
      if ('reason' in found) {
        // Said on the console too: the list reporter shows a skip without its reason.
        console.log(`[electron] skipped "${testInfo.title}": ${found.reason}`);
        testInfo.skip(true, `Electron: ${found.reason}`);
      }
      binary = (found as { path: string }).path;
    }
    const userDataDir = mkdtempSync(join(tmpdir(), 'relecture-e2e-'));
    const start = () =>
      binary ? startElectronShell(binary, userDataDir) : startBrowserShell(userDataDir, () => context.newPage());
    let running = await start();
    const workbench: Workbench = {
      page: running.page,
      url: running.url,
      userDataDir,
      shell,
      restart: async () => {
        await running.stop();
        running = await start();
        workbench.page = running.page;
        workbench.url = running.url;
      },
    };
    await use(workbench);
    await running.stop();
    rmSync(userDataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
