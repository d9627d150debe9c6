import { relative, sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/** Built files whose names carry a hash of their content: a new build gives new names. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Pages name the current hashed files, so they are revalidated on every visit (ETag). */
export const REVALIDATE = 'no-cache';
/** Files with fixed names (favicon…): an hour old at most, then asked again. */
export const SHORT = 'public, max-age=3600';

/** The copies the build writes beside text files (scripts/precompress-web.mjs). */
const COMPRESSED_COPY = /\.(?:br|gz)$/;
const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest)$/;

/** How long browsers and proxies may keep a built file, by its path within the build. */
export function cacheControlFor(pathInBuild: string): string {
  const path = pathInBuild.split(sep).join('/').replace(COMPRESSED_COPY, '');
  if (path.startsWith('assets/')) return IMMUTABLE;
  if (path.endsWith('.html')) return REVALIDATE;
  return SHORT;
}

/**
 * Serves the built web app: each file with its cache lifetime, and the brotli or gzip copy the
 * build made when the browser accepts it. Those copies are the only compression static files
 * get; compressing on the fly is for API answers.
 */
export async function registerWebUi(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: false,
    preCompressed: true,
    // The copies are found beside their file; a route of their own would only slow the start.
    globIgnore: ['**/*.br', '**/*.gz'],
    // Set per file below instead of one lifetime for all.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', cacheControlFor(relative(root, path)));
      // A cache must not hand a brotli copy to a browser that did not ask for one.
      if (COMPRESSIBLE.test(path.replace(COMPRESSED_COPY, ''))) {
        res.setHeader('vary', 'accept-encoding');
      }
    },
  });
}
