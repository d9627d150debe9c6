import type { Plugin } from 'vite';

const coreComponent = /\/@mantine\/core\/esm\/(?:[^/]+\/)*([^/]+)\.module\.mjs$/;
const datesComponent = /\/@mantine\/dates\/esm\/.+\.module\.mjs$/;
const notificationsComponent = /\/@mantine\/notifications\/esm\/.+\.module\.mjs$/;

/** The stylesheet a Mantine module's class names belong to, if it is a component's. */
export function mantineStylesheetFor(id: string): string | undefined {
  const path = id.split('?')[0]?.replaceAll('\\', '/') ?? '';
  const core = coreComponent.exec(path);
  if (core) return `@mantine/core/styles/${core[1]}.css`;
  // These two ship one stylesheet each, small beside the core's.
  if (datesComponent.test(path)) return '@mantine/dates/styles.css';
  if (notificationsComponent.test(path)) return '@mantine/notifications/styles.css';
  return undefined;
}

/**
 * Each Mantine component brings its own stylesheet, so a page's CSS is that of the components
 * its chunks contain rather than the whole library's (about 250 KB). Every component keeps its
 * class names in a `*.module.mjs` file, one per stylesheet of `@mantine/core/styles/`; importing
 * the stylesheet from there puts the CSS into whichever chunk the component lands in. The
 * development server pre-bundles Mantine, so it gets the whole stylesheets instead.
 */
export function mantineStyles(entry: string): Plugin[] {
  return [
    {
      name: 'mantine-component-styles',
      apply: 'build',
      transform(code, id) {
        const stylesheet = mantineStylesheetFor(id);
        if (!stylesheet) return null;
        return { code: `import '${stylesheet}';\n${code}`, map: null };
      },
    },
    {
      name: 'mantine-all-styles-in-development',
      apply: 'serve',
      transform(code, id) {
        if (!id.endsWith(entry)) return null;
        const sheets = ['core', 'dates', 'notifications'].map(
          (p) => `import '@mantine/${p}/styles.css';`,
        );
        return { code: `${sheets.join('\n')}\n${code}`, map: null };
      },
    },
  ];
}
