// Electron main process: a thin shell around the core. It makes the window, menus and dialogs, and routes the
// contract's IPC channels to the same handlers the browser host uses.
import { join, resolve } from 'node:path';
import { app, type BrowserWindow, ipcMain } from 'electron';
import { createWorkbench } from '../src/app/index.ts';
import { registerAppScheme, serveRenderer } from './app-protocol.ts';
import { showOpenDialog, showSaveDialog } from './dialogs.ts';
import { registerIpcHandlers } from './ipc.ts';
import { installMenu } from './menu.ts';
import { SafeStorageSecrets } from './safe-storage-secrets.ts';
import { APP_ENTRY_URL } from './security-policy.ts';
import { createAppWindow, lockDownSession } from './window.ts';
import { loadWindowState, trackWindowState } from './window-state.ts';

// Tests and portable installs choose where the app keeps its data.
const userDataOverride = process.env.RELECTURE_USER_DATA;
if (userDataOverride) app.setPath('userData', resolve(userDataOverride));

const appRoot = resolve(__dirname, '..', '..');
let mainWindow: BrowserWindow | null = null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.whenReady().then(start, (error: unknown) => {
    console.error(error);
    app.exit(1);
  });
  app.on('window-all-closed', () => app.quit());
}

async function start(): Promise<void> {
  lockDownSession();
  serveRenderer(join(appRoot, 'dist', 'renderer'));
  const userDataDir = app.getPath('userData');
  const workbench = await createWorkbench({
    shell: 'electron',
    userDataDir,
    samplesDir: join(appRoot, 'samples'),
    secrets: new SafeStorageSecrets(join(userDataDir, 'secrets.bin')),
    dialogs: {
      open: () => showOpenDialog(mainWindow),
      save: (defaultName) => showSaveDialog(mainWindow, defaultName),
    },
  });
  registerIpcHandlers(
    ipcMain,
    workbench.handlers,
    (frame) => mainWindow !== null && frame === mainWindow.webContents.mainFrame,
  );
  installMenu(() => mainWindow);

  const statePath = join(userDataDir, 'window-state.json');
  const state = loadWindowState(statePath);
  mainWindow = createAppWindow(
    { ...state.bounds, minWidth: 900, minHeight: 600, show: false, title: 'Relecture', backgroundColor: '#f7f7f5' },
    join(__dirname, 'preload.cjs'),
  );
  if (state.maximized) mainWindow.maximize();
  trackWindowState(mainWindow, statePath);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  app.on('before-quit', () => {
    void workbench.close();
  });
  await mainWindow.loadURL(APP_ENTRY_URL);
}
