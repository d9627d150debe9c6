// The auth module's public face: other modules and the app import only from here.

export { registerAuthRoutes } from './auth.routes.ts';
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
export { forgetFailuresOfEmail } from './login-throttle.repository.ts';
export { hashPassword } from './passwords.ts';
export { deleteSessionsOf } from './sessions.repository.ts';
export { hashToken, startSession } from './sessions.ts';
