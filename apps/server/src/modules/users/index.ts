// The users module's public face: other modules and the app import only from here.
// biome-ignore-all assist/source/organizeImports: wire schemas first. Modules import each other
// through these files in a cycle, and other modules' schemas use these at load time, so they
// must be ready before the services and routes that lead back around the cycle are loaded.
export {
  auditedUserFields,
  dentistWire,
  emailField,
  nameField,
  passwordField,
  phoneField,
  toUserWire,
  userWire,
} from './users.schemas.ts';
export { normalizeEmail, toUser, type User } from './users.model.ts';
export {
  findCredentialsByEmail,
  findUserById,
  insertUser,
  ownerExists,
} from './users.repository.ts';
export { registerUserRoutes } from './users.routes.ts';
