/**
 * The HTTP layer of the mock backend: msw handlers over an engine. Free of `node:` imports, so it
 * runs in a service worker as well as in Node.
 * @module
 */
export { allowedMethods } from './allowed-methods.ts';
export { createContext, type HandlerOptions, type RouteContext } from './context.ts';
export { type CorsOptions, CorsPolicy, LOCAL_ORIGINS } from './cors.ts';
export { devRoutes } from './dev-routes.ts';
export { errorToResponse } from './errors.ts';
export { fallbackRoutes, methodNotAllowed } from './fallback-routes.ts';
export { createHandlers } from './handlers.ts';
export { merchantRoutes } from './merchant-routes.ts';
export { payRoutes } from './pay-routes.ts';
export { paylinkRoutes } from './paylink-routes.ts';
export { pspRoutes } from './psp-routes.ts';
export { errorJson, json, ResponseContractError, type ResponseSchema } from './responses.ts';
export { type RouteAccess, type RouteArgs, type RouteMethod, type RouteResolver, route } from './route.ts';
