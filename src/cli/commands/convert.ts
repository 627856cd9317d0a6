import type { Command } from 'commander';

/** Placeholder until the `convert` command lands; registers nothing. */
export function registerConvertCommand(_program: Command): void {}
