// Public entry point of the core service for the shells (Electron main, browser host).
export { type ContractHandlers, dispatch } from './dispatch.ts';
export type { SecretStore } from './mt-service.ts';
export { createWorkbench, type Workbench, type WorkbenchOptions } from './workbench.ts';
