import type { IpcMain, WebFrameMain } from 'electron';
import { API_METHODS } from '../src/api/index.ts';
import { type ContractHandlers, dispatch } from '../src/app/index.ts';
import { isAppUrl } from './security-policy.ts';

/**
 * Registers one IPC handler per contract channel. Each checks that the call comes from our own page (the top frame
 * of an app:// document) before validating the payload and calling the core; the IPC event never leaves this file.
 */
export function registerIpcHandlers(
  ipcMain: IpcMain,
  handlers: ContractHandlers,
  isOurWindow: (frame: WebFrameMain) => boolean,
): void {
  for (const channel of Object.values(API_METHODS)) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      const frame = event.senderFrame;
      if (!frame || frame.parent !== null || !isAppUrl(frame.url) || !isOurWindow(frame)) {
        return { ok: false, error: { message: 'Refused: the call did not come from the Relecture window.' } };
      }
      return dispatch(handlers, channel, payload);
    });
  }
}
