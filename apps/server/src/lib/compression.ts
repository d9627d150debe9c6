import zlib from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import type { FastifyInstance } from 'fastify';

/**
 * Compresses API answers on the fly; must be registered before the routes it covers.
 *
 * Only `/api/` routes: the web app's files have brotli and gzip copies made at build time
 * (lib/web-ui.ts), and compressing the small ones the build left as they are would cost more
 * than it saves. An event stream is written outside Fastify's reply, so no compressor holds
 * its events back.
 *
 * Settings are for a small server's CPU: brotli quality 4 and gzip level 4 shrink a page of
 * appointments nearly as much as their strongest settings, at a fraction of the cost (figures
 * in decision 018). Answers under 1 KiB go as they are: they fit one packet either way.
 */
export async function registerApiCompression(app: FastifyInstance): Promise<void> {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) route.compress = false;
  });
  await app.register(fastifyCompress, {
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } },
    zlibOptions: { level: 4 },
    // The API reads small JSON bodies and never took compressed ones: a few bytes on the wire
    // must not unpack into something the body limit was meant to keep out.
    globalDecompression: false,
  });
}
