#!/usr/bin/env node
// The CLI runs straight from the TypeScript sources through tsx, so `npx relecture` always matches src/.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv);
