import type { Command } from 'commander';

/** Placeholder until the `segment` command lands; registers nothing. */
export function registerSegmentCommand(_program: Command): void {}
