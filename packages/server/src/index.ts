// The server package's public surface, used by the CLI.
export { buildApp, type AppDeps } from './app';
export { loadConfig, type Config } from './config';
export { openDatabase, type Database, type Db } from './db/connect';
export { startServer, StartInterruptedError, openConfiguredDatabase, prepareDatabase, defaultWebDistDir, type RunningServer, type StartOptions } from './main';
export { loadDemo, DemoRefusedError, type LoadDemoOptions, type LoadDemoResult } from './demo/load';
export { generateDemo, type DemoData, type DemoOptions } from './demo/generate';
export { seedUnits } from './units/seed';
export { createUser } from './modules/users/service';
export { findUserByUsername } from './modules/users/repo';
export { userCreate } from '@qudao/contract';
export { DataDirInUseError } from './db/data-dir-lock';
export { runClassification, type ClassRunReport } from './modules/classes/service';
export { runTiers, type TierRunReport } from './modules/tiers/service';
export { todayIn } from './demo/dates';
export { importSpreadsheet, exportSpreadsheet, importTemplate } from './modules/imports/service';
export { photoStoreOf, type PhotoStore } from './modules/visits/photo-store';
export { sweepOrphanPhotos } from './modules/visits/photo-sweep';
