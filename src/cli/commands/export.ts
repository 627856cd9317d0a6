import type { Command } from 'commander';

/** Placeholder until the `export` command lands; registers nothing. */
export function registerExportCommand(_program: Command): void {}
