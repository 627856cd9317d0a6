import type { Command } from 'commander';

/** Placeholder until the `validate` command lands; registers nothing. */
export function registerValidateCommand(_program: Command): void {}
