import type { Command } from 'commander';

/** Placeholder until the `qa` command lands; registers nothing. */
export function registerQaCommand(_program: Command): void {}
