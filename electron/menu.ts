import { type BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import type { ShellCommand } from '../src/api/index.ts';

/** Builds the application menu (File, Edit, View, Review, Help); items send shell commands to the page. */
export function installMenu(getWindow: () => BrowserWindow | null): void {
  const send = (command: ShellCommand) => () => getWindow()?.webContents.send('shell:command', command);
  const template: MenuItemConstructorOptions[] = [
    {
      label: '&File',
      submenu: [
        { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('open') },
        { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('save') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('export') },
        { type: 'separator' },
        { label: 'Settings…', accelerator: 'CmdOrCtrl+,', click: send('settings') },
        { label: 'Retranslation service…', click: send('mt-settings') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        { label: 'Filter segments', accelerator: 'CmdOrCtrl+F', click: send('find') },
      ],
    },
    {
      label: '&View',
      submenu: [
        { label: 'Report', accelerator: 'CmdOrCtrl+R', click: send('toggle-report') },
        { label: 'English interface', click: send('language-en') },
        { label: 'Interface en français', click: send('language-fr') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: '&Review',
      submenu: [
        { label: 'Confirm or approve, then next', accelerator: 'CmdOrCtrl+Enter', click: send('confirm-next') },
        { label: 'Next segment', accelerator: 'Alt+Down', click: send('next-segment') },
        { label: 'Previous segment', accelerator: 'Alt+Up', click: send('previous-segment') },
        { label: 'Next flagged segment', accelerator: 'CmdOrCtrl+Shift+Down', click: send('next-flagged') },
        { type: 'separator' },
        { label: 'Retranslate…', accelerator: 'CmdOrCtrl+Shift+R', click: send('retranslate') },
      ],
    },
    { label: '&Help', submenu: [{ label: 'Keyboard shortcuts', accelerator: 'F1', click: send('shortcuts') }] },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
