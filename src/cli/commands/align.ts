import type { Command } from 'commander';

/** Placeholder until the `align` command lands; registers nothing. */
export function registerAlignCommand(_program: Command): void {}
