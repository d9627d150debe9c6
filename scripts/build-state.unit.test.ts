import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInputs, decide, fingerprint } from './build-state.mjs';

describe('deciding what a start does', () => {
  const fresh = { stamp: 'abc', current: 'abc', outputsPresent: true, toolsPresent: true };

  it('starts at once when the build was made from the sources as they are', () => {
    expect(decide(fresh)).toEqual({ action: 'start' });
    expect(decide({ ...fresh, toolsPresent: false })).toEqual({ action: 'start' });
  });

  it('builds when the sources changed, the build is missing or it has no stamp', () => {
    expect(decide({ ...fresh, current: 'def' })).toEqual({
      action: 'build',
      reason: 'the sources changed since the last build',
    });
    expect(decide({ ...fresh, outputsPresent: false }).action).toBe('build');
    expect(decide({ ...fresh, stamp: undefined }).action).toBe('build');
  });

  it('refuses, saying why, when it would have to build without the build tools', () => {
    const stale = decide({ ...fresh, current: 'def', toolsPresent: false });
    expect(stale).toEqual({ action: 'refuse', reason: 'the sources changed since the last build' });
    const missing = decide({ ...fresh, outputsPresent: false, toolsPresent: false });
    expect(missing).toEqual({ action: 'refuse', reason: 'there is no build yet' });
  });
});

describe('the fingerprint of the build’s inputs', () => {
  let root: string;
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'clinic-build-state-'));
    write('package.json', '{"name":"clinic"}');
    write('package-lock.json', '{"lockfileVersion":3}');
    write('apps/server/src/main.ts', 'start();');
    write('apps/web/vite.config.ts', 'export default {};');
    write('apps/web/index.html', '<div id="root"></div>');
    write('packages/domain/src/rules.ts', 'export const rule = 1;');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('covers sources, configs and the lock file, not outputs, installs or tests', async () => {
    write('apps/server/src/main.test.ts', 'test();');
    write('apps/server/dist/main.js', 'built();');
    write('apps/web/node_modules/vite/index.js', 'vite();');
    write('apps/web/.vite/cache.json', '{}');
    expect(await buildInputs(root)).toEqual([
      'apps/server/src/main.ts',
      'apps/web/index.html',
      'apps/web/vite.config.ts',
      'package-lock.json',
      'package.json',
      'packages/domain/src/rules.ts',
    ]);
  });

  it('changes when a source, a config or the lock file changes, or a file is added', async () => {
    const before = await fingerprint(root);
    for (const [path, text] of [
      ['packages/domain/src/rules.ts', 'export const rule = 2;'],
      ['apps/web/vite.config.ts', 'export default { base: "/" };'],
      ['package-lock.json', '{"lockfileVersion":3,"packages":{}}'],
      ['apps/web/src/new-page.tsx', 'export {};'],
    ] as const) {
      const previous = await fingerprint(root);
      write(path, text);
      expect(await fingerprint(root), path).not.toBe(previous);
    }
    expect(await fingerprint(root)).not.toBe(before);
  });

  it('stays the same when only times change, as in a clone or a copied release', async () => {
    const before = await fingerprint(root);
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(join(root, 'apps/server/src/main.ts'), past, past);
    write('apps/server/src/main.test.ts', 'test();');
    write('apps/server/dist/main.js', 'built again();');
    expect(await fingerprint(root)).toBe(before);
  });

  it('tells a renamed file from an unchanged one', async () => {
    const before = await fingerprint(root);
    rmSync(join(root, 'packages/domain/src/rules.ts'));
    write('packages/domain/src/rule.ts', 'export const rule = 1;');
    expect(await fingerprint(root)).not.toBe(before);
  });
});
