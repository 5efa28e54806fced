#!/usr/bin/env node
// The `qudao` command. Our packages are TypeScript sources (docs/decisions/001), so the CLI runs
// src/main.ts through tsx's loader, registered in-process (no second Node process, signals reach us).
import { register } from 'tsx/esm/api';

register();
await import('../src/main.ts');
