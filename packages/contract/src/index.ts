export * from './errors';
export * from './common';
export * from './auth';
export * from './users';
export * from './units';
export * from './accounts';
export * from './geo';
export * from './territories';
