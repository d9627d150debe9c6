// The audit module's public face: other modules and the app import only from here.

export { registerAuditRoutes } from './audit.routes.ts';
export { type AuditEvent, clinicFields, recordAuditEvent } from './audit-trail.ts';
