#!/usr/bin/env node
// The `sra` command: runs the TypeScript CLI through tsx's loader (Node 20 cannot run .ts by itself).
import { register } from 'tsx/esm/api';

register();
const { exitQuietlyOnClosedPipe, main } = await import('./main.ts');
exitQuietlyOnClosedPipe();
process.exitCode = await main(process.argv);
