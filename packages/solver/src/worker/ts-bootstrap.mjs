// Worker bootstrap when the solver runs from TypeScript sources: register tsx in this thread, then load
// the real worker entry (worker threads do not inherit the parent's loader hooks).
import { register } from 'tsx/esm/api';

register();
await import('./solve-worker.ts');
