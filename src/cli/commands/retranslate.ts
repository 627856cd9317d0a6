import type { Command } from 'commander';

/** Placeholder until the `retranslate` command lands; registers nothing. */
export function registerRetranslateCommand(_program: Command): void {}
