import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { createWorkbench } from '../../app/index.ts';
import { startBrowserHost } from '../../host/browser-host.ts';
import { defaultUserDataDir } from '../../host/default-user-data.ts';
import { repoRoot } from '../repo-root.ts';

interface ServeOptions {
  readonly port: string;
  readonly userData?: string;
  readonly json?: boolean;
}

/** `relecture serve`: runs the review desk in a browser against a loopback host (the no-Electron shell). */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'Serve the review desk on 127.0.0.1 for a browser (used when Electron is not available, and by tests).',
    )
    .option('--port <port>', 'port to listen on (0 picks a free one)', '0')
    .option('--user-data <dir>', 'folder for settings and projects (default: the per-user Relecture folder)')
    .option('--json', 'print the URL as one JSON line, for scripts')
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) {
        process.stderr.write(`relecture serve: --port must be a port number, not "${options.port}"\n`);
        process.exitCode = 2;
        return;
      }
      const root = repoRoot();
      const staticDir = resolve(root, 'dist', 'renderer');
      if (!existsSync(resolve(staticDir, 'index.html'))) {
        process.stderr.write(
          `relecture serve: the UI is not built (${staticDir} is missing); run \`npm run build\` first.\n`,
        );
        process.exitCode = 2;
        return;
      }
      const workbench = await createWorkbench({
        shell: 'browser',
        userDataDir: resolve(options.userData ?? defaultUserDataDir()),
        samplesDir: resolve(root, 'samples'),
      });
      const host = await startBrowserHost({ handlers: workbench.handlers, staticDir, port });
      if (options.json) process.stdout.write(`${JSON.stringify({ url: host.url, port: host.port })}\n`);
      else
        process.stdout.write(
          `Relecture review desk: ${host.url}\n(Ctrl+C stops it; the link holds this session's key.)\n`,
        );
      await waitForStopSignal();
      await workbench.close();
      await host.close();
    });
}

/** Resolves on SIGINT or SIGTERM, so the project is snapshotted and unlocked before exit. */
function waitForStopSignal(): Promise<void> {
  return new Promise((resolvePromise) => {
    const stop = () => resolvePromise();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
