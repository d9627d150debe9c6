// The services module's public face: other modules and the app import only from here.
export { findService } from './services.repository.ts';
export { registerServiceRoutes } from './services.routes.ts';
export { createService } from './services.service.ts';
