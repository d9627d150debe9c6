// `npm start`: builds first only when the build is missing or older than the sources (see
// build-state.mjs), then runs the server in this same process, so a restart pays for one
// Node start, not two.
import { ensure } from './build-state.mjs';

const code = await ensure();
if (code !== 0) process.exit(code);
await import('../apps/server/dist/main.js');
