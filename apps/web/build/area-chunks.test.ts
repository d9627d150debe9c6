import { describe, expect, it } from 'vitest';
import { type BuiltChunk, planAreas } from './area-chunks.ts';

function chunk(fileName: string, parts: Partial<BuiltChunk> = {}): BuiltChunk {
  return {
    fileName,
    isEntry: false,
    isDynamicEntry: false,
    facadeModule: null,
    imports: [],
    moduleIds: [`/src/${fileName.replace('.js', '.ts')}`],
    ...parts,
  };
}

const page = (name: string, imports: string[]) =>
  chunk(`${name}.js`, { isDynamicEntry: true, facadeModule: `src/${name}.tsx`, imports });

const chunks = [
  chunk('index.js', { isEntry: true }),
  page('login', ['index.js', 'text-input.js']),
  page('patient-home', ['index.js', 'text-input.js', 'badge.js']),
  page('staff-list', ['index.js', 'badge.js', 'table.js']),
  page('calendar', ['index.js', 'table.js', 'full-calendar.js']),
  chunk('text-input.js'),
  chunk('badge.js'),
  chunk('table.js', { imports: ['scroll-area.js'] }),
  chunk('scroll-area.js'),
  chunk('full-calendar.js'),
];

const areas = [
  { name: 'sign-in', pages: ['src/login.tsx'] },
  { name: 'patient-area', pages: ['src/patient-home.tsx'] },
  { name: 'front-desk', pages: ['src/staff-list.tsx'] },
];

describe('planAreas', () => {
  const plan = planAreas(chunks, areas);

  it('gives a shared chunk to the first area whose pages load it', () => {
    expect(plan['/src/text-input.ts']).toBe('sign-in');
    expect(plan['/src/badge.ts']).toBe('patient-area');
  });

  it('follows the chunks a loaded chunk imports', () => {
    expect(plan['/src/table.ts']).toBe('front-desk');
    expect(plan['/src/scroll-area.ts']).toBe('front-desk');
  });

  it('leaves the entry, the pages themselves and what no area loads to the bundler', () => {
    expect(plan['/src/index.ts']).toBeUndefined();
    expect(plan['/src/login.ts']).toBeUndefined();
    expect(plan['/src/full-calendar.ts']).toBeUndefined();
  });

  it('refuses a page the first build did not give a chunk of its own', () => {
    expect(() => planAreas(chunks, [{ name: 'lost', pages: ['src/renamed.tsx'] }])).toThrow(
      /src\/renamed.tsx/,
    );
  });
});
