export {};
export * from './districting';
