import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Imports and re-exports that load a module at run time: all but `import type`/`export type`. */
const RUNTIME_IMPORT = /\b(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/g;

/**
 * The contract's schemas are zod, which the browser needs not: the app takes only their types,
 * so it validates nothing twice and its pages stay small.
 */
describe('the web app and the contract', () => {
  it('imports only types from the contract, and nothing from zod', () => {
    const offenders = sourceFiles(SOURCE).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(RUNTIME_IMPORT)]
        .map((match) => match[1] ?? '')
        .filter((from) => /^(?:@clinic\/contract|zod)(?:\/|$)/.test(from))
        .map((from) => `${relative(SOURCE, file)} → ${from}`),
    );
    expect(offenders).toEqual([]);
  });
});
