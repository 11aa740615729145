export { createGateway } from './app.js';
export type { Gateway, GatewayOptions } from './app.js';
export { issueToken, verifyToken, roles } from './auth.js';
export type { Claims, Role } from './auth.js';
export { permissions, isAllowed } from './rbac.js';
export { topics } from './ports.js';
export type { Backend, BusinessCommand, Outbound, Session } from './ports.js';
export { toReject, toHttpError, httpStatus, wsCloseCode } from './error-map.js';
