// Public entry point of the contract for the shells.
export type { Channel, Contract, RequestOf, ResultOf } from './contract.ts';
export { CONTENT_SECURITY_POLICY } from './csp.ts';
export type { ApiResponse } from './http-protocol.ts';
export { API_METHODS, type RelectureApi, SHELL_COMMANDS, type ShellCommand } from './methods.ts';
export type * from './views.ts';
