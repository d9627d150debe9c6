/**
 * Chunks by area of the app rather than by whatever set of pages shares a module.
 *
 * Left to itself the bundler gives every distinct set of pages that share modules a chunk of
 * its own: the staff appointment list came in 66 files of 1-6 kB. A phone on a mobile network
 * opens six connections at most and waits a round trip for each file, so those files cost
 * more than their bytes (see docs/decisions/034).
 *
 * So the web app is built twice (build/build.ts). The first, ordinary build shows which chunks
 * each page really loads, after tree-shaking; which modules a page's imports name would say
 * far more, as feature entry files re-export everything. Each chunk's modules then go to the
 * first area whose pages load it: the sign-in pages, then the signed-in shell with a patient's
 * pages, then the front desk's. The second build puts each area's modules in one chunk. A page
 * module itself keeps its own small chunk, so each page still has a name in the manifest, and
 * whatever no area's page loads (the calendar, the dialogs, the owner's pages) still comes on
 * its own when first needed.
 */

export interface Area {
  name: string;
  /** The area's page modules: paths relative to the web app, as the manifest names them. */
  pages: readonly string[];
}

/** What the plan needs of a chunk of the first build. */
export interface BuiltChunk {
  fileName: string;
  isEntry: boolean;
  isDynamicEntry: boolean;
  /** The module a dynamic entry stands for, relative to the web app. */
  facadeModule: string | null;
  /** Chunks it imports statically, by file name. */
  imports: readonly string[];
  moduleIds: readonly string[];
}

/** Module id -> the name of the area whose chunk it goes into. */
export type AreaPlan = Record<string, string>;

export function planAreas(chunks: readonly BuiltChunk[], areas: readonly Area[]): AreaPlan {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const byFacade = new Map(
    chunks.filter((chunk) => chunk.facadeModule).map((chunk) => [chunk.facadeModule, chunk]),
  );
  const claimed = new Set<string>();
  const plan: AreaPlan = {};
  for (const area of areas) {
    const pending = area.pages.map((page) => {
      const chunk = byFacade.get(page);
      if (!chunk) throw new Error(`${page} is no chunk of its own in the first build`);
      return chunk.fileName;
    });
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
      const chunk = byFile.get(file);
      if (!chunk || claimed.has(file)) continue;
      claimed.add(file);
      pending.push(...chunk.imports);
      // What every page runs stays in the entry chunk; pages and layouts keep their own chunk.
      if (chunk.isEntry || chunk.isDynamicEntry) continue;
      for (const id of chunk.moduleIds) plan[id] = area.name;
    }
  }
  return plan;
}
