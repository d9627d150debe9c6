// Whether the build in apps/*/dist was made from the sources as they are now, so that
// `npm start` rebuilds only when something changed instead of on every start.
//
//   node scripts/build-state.mjs begin   start of `npm run build`: note the inputs, drop the stamp
//   node scripts/build-state.mjs finish  end of `npm run build`: the build matches the inputs noted
//   node scripts/build-state.mjs ensure  before a start: build if needed, else change nothing
//
// The stamp holds a SHA-256 of the build's inputs (their paths and contents), not their times:
// a clone, a copied release or `npm ci` gives files new times but the same contents, and must
// not trigger a rebuild a service user may be unable to run or write.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Changing how inputs are read must invalidate every stamp written the old way. */
const FORMAT = 1;

export const STAMP = 'apps/server/dist/build-stamp.json';
const PENDING = 'apps/server/dist/build-stamp.pending.json';

/** What a start needs; a stamp without them (a build cut short) is no build. */
export const OUTPUTS = ['apps/server/dist/main.js', 'apps/web/dist/index.html'];

/** Files at the top of the repository that shape the build. */
const ROOT_INPUTS = [
  'package.json',
  'package-lock.json',
  'tsconfig.base.json',
  'scripts/build-state.mjs',
  'scripts/precompress-web.mjs',
];

/** Every workspace's own files count, except what the build makes, installs or only tests. */
const WORKSPACE_PARENTS = ['apps', 'packages'];
const SKIPPED_FOLDER = (name) => name === 'node_modules' || name === 'dist' || name.startsWith('.');
const TEST_FILE = /\.test\.[cm]?[jt]sx?$/;

async function filesUnder(root, folder) {
  const found = [];
  let entries;
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = `${folder}/${entry.name}`;
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDER(entry.name)) found.push(...(await filesUnder(root, path)));
    } else if (entry.isFile() && !TEST_FILE.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

/** The files a build reads, as sorted paths relative to `root` with `/` separators. */
export async function buildInputs(root = REPO) {
  const files = ROOT_INPUTS.filter((path) => existsSync(join(root, path)));
  for (const parent of WORKSPACE_PARENTS) files.push(...(await filesUnder(root, parent)));
  return files.map((path) => path.split(sep).join('/')).sort();
}

/** A SHA-256 over the inputs' paths and contents: equal exactly when the sources are. */
export async function fingerprint(root = REPO) {
  const paths = await buildInputs(root);
  // Read at once rather than one after another: a start waits for this.
  const contents = await Promise.all(paths.map((path) => readFile(join(root, path))));
  const hash = createHash('sha256').update(`format ${FORMAT}\n`);
  paths.forEach((path, i) => {
    const content = contents[i] ?? Buffer.alloc(0);
    hash.update(`${path}\0${content.length}\0`).update(content);
  });
  return hash.digest('hex');
}

/**
 * What `npm start` does before starting:
 * - `start`: the build exists and was made from these sources: change nothing;
 * - `build`: it is missing or older than the sources, and the build tools are installed;
 * - `refuse`: it is missing or stale, and the tools are not (`npm ci --omit=dev`).
 */
export function decide({ stamp, current, outputsPresent, toolsPresent }) {
  let reason;
  if (!outputsPresent) reason = 'there is no build yet';
  else if (stamp === undefined) reason = 'the build has no record of the sources it was made from';
  else if (stamp !== current) reason = 'the sources changed since the last build';
  if (reason === undefined) return { action: 'start' };
  return { action: toolsPresent ? 'build' : 'refuse', reason };
}

async function readStamp(root) {
  try {
    const { fingerprint: value } = JSON.parse(await readFile(join(root, STAMP), 'utf8'));
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The build tools are dev dependencies: present after `npm ci`, absent after `--omit=dev`. */
function hasBuildTools(root) {
  try {
    createRequire(join(root, 'apps/web/package.json')).resolve('vite');
    createRequire(join(root, 'apps/server/build.mjs')).resolve('esbuild');
    return true;
  } catch {
    return false;
  }
}

export async function state(root = REPO) {
  return decide({
    stamp: await readStamp(root),
    current: await fingerprint(root),
    outputsPresent: OUTPUTS.every((path) => existsSync(join(root, path))),
    toolsPresent: hasBuildTools(root),
  });
}

/** Notes the inputs as the build starts: a file edited mid-build makes the next start rebuild. */
async function begin(root) {
  await rm(join(root, STAMP), { force: true });
  await mkdir(join(root, 'apps/server/dist'), { recursive: true });
  const stamp = { fingerprint: await fingerprint(root), node: process.version };
  await writeFile(join(root, PENDING), `${JSON.stringify(stamp, null, 2)}\n`);
}

async function finish(root) {
  await rename(join(root, PENDING), join(root, STAMP));
}

const REFUSAL = (reason) => `Cannot start: ${reason}, and the build tools are not installed
(this looks like an \`npm ci --omit=dev\` install). Build where the dev dependencies are:
  npm ci && npm run build && npm ci --omit=dev
then start again. A release should be built before it is copied to the server.`;

/** Builds if the build is missing or stale; answers the exit code a start should stop with, or 0. */
export async function ensure(root = REPO) {
  const decision = await state(root);
  if (decision.action === 'start') return 0;
  if (decision.action === 'refuse') {
    console.error(REFUSAL(decision.reason));
    return 1;
  }
  console.log(`Building first: ${decision.reason}.`);
  const npm = process.env.npm_execpath;
  const build = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: true });
  return build.status ?? 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const command = process.argv[2];
  const root = REPO;
  if (command === 'begin') await begin(root);
  else if (command === 'finish') await finish(root);
  else if (command === 'ensure') process.exitCode = await ensure(root);
  else if (command === 'status') console.log(JSON.stringify(await state(root)));
  else {
    console.error('usage: node scripts/build-state.mjs begin|finish|ensure|status');
    process.exitCode = 2;
  }
}
