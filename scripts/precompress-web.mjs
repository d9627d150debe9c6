// Writes a brotli (.br) and a gzip (.gz) copy beside each text file of the built web app, so
// the server sends them as they are (@fastify/static `preCompressed`) instead of compressing
// the same bytes again for every visitor. Build time pays for the strongest settings once.
//
// Usage: node scripts/precompress-web.mjs [folder]   (default: apps/web/dist)
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Types worth compressing; images and fonts are compressed already. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest)$/;

/**
 * Below about one network packet a smaller answer arrives no sooner, and the copies would
 * only be files to keep; the server then sends the file as it is.
 */
export const MIN_BYTES = 1024;

/** A copy must save at least this share of the file, or the original is sent instead. */
const MIN_SAVING = 0.1;

async function* filesUnder(folder) {
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function writeCopy(path, data, compress, extension) {
  const target = `${path}.${extension}`;
  const packed = await compress(data);
  if (packed.length <= data.length * (1 - MIN_SAVING)) {
    await writeFile(target, packed);
    return packed.length;
  }
  // A copy left from an earlier build of a file that no longer compresses would be served.
  await rm(target, { force: true });
  return undefined;
}

/** Compresses every eligible file under `folder`; answers what it wrote, for the build log. */
export async function precompress(folder) {
  const written = [];
  const jobs = [];
  for await (const path of filesUnder(folder)) {
    if (!COMPRESSIBLE.test(path)) continue;
    if ((await stat(path)).size < MIN_BYTES) continue;
    jobs.push(
      (async () => {
        const data = await readFile(path);
        const [br, gz] = await Promise.all([
          writeCopy(
            path,
            data,
            (d) =>
              brotli(d, {
                params: {
                  [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
                  [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
                  [zlib.constants.BROTLI_PARAM_SIZE_HINT]: d.length,
                },
              }),
            'br',
          ),
          writeCopy(path, data, (d) => gzip(d, { level: zlib.constants.Z_BEST_COMPRESSION }), 'gz'),
        ]);
        written.push({ file: relative(folder, path), bytes: data.length, br, gz });
      })(),
    );
  }
  await Promise.all(jobs);
  return written.sort((a, b) => b.bytes - a.bytes);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2] ?? fileURLToPath(new URL('../apps/web/dist/', import.meta.url));
  const written = await precompress(folder);
  const total = (key) => written.reduce((sum, w) => sum + (w[key] ?? w.bytes), 0);
  const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
  console.log(
    `precompressed ${written.length} files: ${kb(total('bytes'))} → ${kb(total('br'))} brotli, ${kb(total('gz'))} gzip`,
  );
}
