// Bundles the server's own code (and the domain and contract packages) into dist/; npm packages stay
// external and load from node_modules as usual.
import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const here = fileURLToPath(new URL('.', import.meta.url));

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const external = Object.keys(pkg.dependencies).filter((name) => !name.startsWith('@clinic/'));

await build({
  absWorkingDir: here,
  entryPoints: {
    main: 'src/main.ts',
    demo: 'src/db/demo.ts',
    backup: 'src/db/backup.ts',
    restore: 'src/db/restore.ts',
  },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  sourcemap: true,
  external,
  logLevel: 'warning',
});
copyFileSync(`${here}src/modules/auth/common-passwords.txt`, `${here}dist/common-passwords.txt`);
