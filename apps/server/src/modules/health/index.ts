// The health module's public face: other modules and the app import only from here.
// biome-ignore-all assist/source/organizeImports: wire schemas first. Modules import each other
// through these files in a cycle, and other modules' schemas use these at load time, so they
// must be ready before the services and routes that lead back around the cycle are loaded.
export { registerHealthRoutes } from './health.routes.ts';
