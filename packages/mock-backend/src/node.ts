/**
 * `@paylink/mock-backend/node`: everything of the package root plus the real HTTP server and the
 * file persistence, which need Node.
 * @module
 */
export * from './index.ts';
export {
  type Persistence,
  PersistenceError,
  type PersistOptions,
  persistEngine,
  writeSnapshotAtomically,
} from './persist.ts';
export { type MockServer, type MockServerOptions, startMockServer } from './server.ts';
