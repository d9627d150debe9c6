// The auth module's public face: other modules and the app import only from here.
// biome-ignore-all assist/source/organizeImports: wire schemas first. Modules import each other
// through these files in a cycle, and other modules' schemas use these at load time, so they
// must be ready before the services and routes that lead back around the cycle are loaded.
export { sessionWire } from './auth.schemas.ts';
export { hashPassword } from './passwords.ts';
export { deleteSessionsOf } from './sessions.repository.ts';
export { startSession } from './sessions.ts';
export {
  assertAcceptablePassword,
  assertCurrentPassword,
  createAccount,
  emailTaken,
} from './auth.service.ts';
export {
  registerAuthentication,
  requireUser,
  setSessionCookie,
} from './authentication.ts';
export { registerAuthRoutes } from './auth.routes.ts';
