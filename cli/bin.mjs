#!/usr/bin/env node
// The `copydesk` command. The CLI is TypeScript; tsx compiles it on the fly,
// with paths taken from this file so the command works from any directory.
import { fileURLToPath, URL } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const { run } = await tsImport('./main.ts', {
  parentURL: import.meta.url,
  tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
});
await run();
