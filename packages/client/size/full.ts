// Everything the main entry exports, so the bundle measures what an app importing it all would ship.
export * from '../src/index.ts';
