/**
 * `@paylink/mock-backend`: the payment-link lifecycle engine and the msw handlers over it. Safe to
 * import in browsers and in Node: nothing here touches `node:` modules or starts anything. The Node
 * server lives in `@paylink/mock-backend/node`, the service worker in `@paylink/mock-backend/browser`.
 * @module
 */
export * from './engine/index.ts';
export * from './http/index.ts';
