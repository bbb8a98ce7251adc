/**
 * @module server
 * The HTTP API: `createApp` builds the Hono app, `listen` puts it on a socket.
 */
export { createApp, ROUTE_DOCS, type AppOptions } from "./app.js";
export { listen, type ListenOptions, type RunningServer } from "./listen.js";
export { DEFAULT_MAX_BODY } from "./body.js";
export { checkListen, isLoopbackHost, parseOrigins } from "./security.js";
export { openApiDocument } from "./openapi.js";
