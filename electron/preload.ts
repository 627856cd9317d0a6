// Runs sandboxed before the page: exposes the named verbs of the contract on window.relecture and nothing else.
import { contextBridge, type IpcRendererEvent, ipcRenderer } from 'electron';
import {
  API_METHODS,
  type ApiResponse,
  type RelectureApi,
  SHELL_COMMANDS,
  type ShellCommand,
} from '../src/api/index.ts';

function unwrap<T>(response: ApiResponse<T>): T {
  if (response.ok) return response.result;
  const error = new Error(response.error.message) as Error & { key?: string; params?: unknown };
  if (response.error.key) error.key = response.error.key;
  if (response.error.params) error.params = response.error.params;
  throw error;
}

const verbs: Record<string, (request?: unknown) => Promise<unknown>> = {};
for (const [verb, channel] of Object.entries(API_METHODS)) {
  verbs[verb] = async (request?: unknown) => unwrap(await ipcRenderer.invoke(channel, request ?? {}));
}

const api = {
  ...verbs,
  onCommand(listener: (command: ShellCommand) => void): () => void {
    // The page gets the command name only, never the IPC event.
    const forward = (_event: IpcRendererEvent, command: unknown) => {
      if (typeof command === 'string' && (SHELL_COMMANDS as readonly string[]).includes(command))
        listener(command as ShellCommand);
    };
    ipcRenderer.on('shell:command', forward);
    return () => ipcRenderer.removeListener('shell:command', forward);
  },
} as unknown as RelectureApi;

contextBridge.exposeInMainWorld('relecture', api);
