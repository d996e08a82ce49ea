#!/usr/bin/env node
// Thin shim: runs the TypeScript CLI through tsx so `npx podium` works straight after `npm install`.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
