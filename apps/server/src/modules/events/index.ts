// The events module's public face: other modules and the app import only from here.
export { registerEventRoutes } from './events.routes.ts';
