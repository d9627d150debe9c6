/**
 * Builds the web app: once in memory to see which chunks each page loads, then for real with
 * each area's modules in one chunk (see build/area-chunks.ts). `vite build` alone still gives a
 * working app, only in more, smaller files.
 */
import { relative } from 'node:path';
import type { Rolldown } from 'vite';
import { build } from 'vite';
import { type Area, type BuiltChunk, planAreas } from './area-chunks.ts';

const webRoot = new URL('..', import.meta.url).pathname;
const signedInShell = 'src/app/layouts/signed-in-area.tsx';
const route = (path: string) => `src/app/routes/${path}.tsx`;

// The calendar and the owner's pages are left out: each is heavy or opened now and then, and
// loads on its own.
const areas: Area[] = [
  { name: 'sign-in', pages: [route('auth/login')] },
  {
    name: 'patient-area',
    pages: [
      signedInShell,
      ...['home', 'appointments', 'profile'].map((p) => route(`patient/${p}`)),
    ],
  },
  {
    name: 'front-desk',
    pages: [
      ...['home', 'time-off'].map((page) => route(`staff/${page}`)),
      ...['appointments', 'day-board', 'patients', 'patient-record'].map((p) =>
        route(`shared/${p}`),
      ),
    ],
  },
];

function chunksOf(result: Awaited<ReturnType<typeof build>>): BuiltChunk[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  return outputs.flatMap(({ output }) =>
    output.flatMap((item) =>
      item.type === 'chunk'
        ? [
            {
              fileName: item.fileName,
              isEntry: item.isEntry,
              isDynamicEntry: item.isDynamicEntry,
              facadeModule: item.facadeModuleId ? relative(webRoot, item.facadeModuleId) : null,
              imports: item.imports,
              moduleIds: item.moduleIds,
            },
          ]
        : [],
    ),
  );
}

const firstBuild = await build({
  root: webRoot,
  logLevel: 'warn',
  build: { write: false, manifest: false },
});
const plan = planAreas(chunksOf(firstBuild), areas);

await build({
  root: webRoot,
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // After the config's own groups (the entry chunk, each language's texts).
          groups: areas.map((area) => ({
            name: area.name,
            test: (id: string) => plan[id] === area.name,
          })),
        },
      },
    },
  },
});
