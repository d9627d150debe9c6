// The users module's public face: other modules and the app import only from here.

export { assertReachable, checkedPhone } from './contact-checks.ts';
export { colourForNewDentist } from './dentist-colour.ts';
export { registerDependantRoutes } from './dependants.routes.ts';
export {
  countDependants,
  dependantIdsOf,
  listDependantsOf,
  withGuardianNames,
} from './dependants.service.ts';
export { auditedUserFields, toUserWire } from './user-wire.ts';
export { normalizeEmail, storedEmail, toUser, type User } from './users.model.ts';
export {
  findCredentialsByEmail,
  findUserById,
  insertUser,
  ownerExists,
  updateUser as updateUserRow,
  upgradePasswordHash,
} from './users.repository.ts';
export { registerUserRoutes } from './users.routes.ts';
