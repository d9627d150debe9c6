import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mantineStylesheetFor } from './mantine-styles.ts';

const core = '/repo/node_modules/@mantine/core/esm/components';

describe('mantineStylesheetFor', () => {
  it('gives a core component the stylesheet named after its class-name module', () => {
    expect(mantineStylesheetFor(`${core}/Button/Button.module.mjs`)).toBe(
      '@mantine/core/styles/Button.css',
    );
    expect(mantineStylesheetFor(`${core}/ModalBase/ModalBase.module.mjs`)).toBe(
      '@mantine/core/styles/ModalBase.css',
    );
  });

  it('covers the class-name module kept outside the components folder', () => {
    expect(
      mantineStylesheetFor(
        '/r/node_modules/@mantine/core/esm/utils/InlineInput/InlineInput.module.mjs',
      ),
    ).toBe('@mantine/core/styles/InlineInput.css');
  });

  it('reads Windows paths and ignores query strings', () => {
    expect(
      mantineStylesheetFor(
        'C:\\repo\\node_modules\\@mantine\\core\\esm\\components\\Table\\Table.module.mjs?v=1',
      ),
    ).toBe('@mantine/core/styles/Table.css');
  });

  it('gives the dates and notifications packages their single stylesheets', () => {
    expect(
      mantineStylesheetFor('/r/node_modules/@mantine/dates/esm/components/Day/Day.module.mjs'),
    ).toBe('@mantine/dates/styles.css');
    expect(
      mantineStylesheetFor('/r/node_modules/@mantine/notifications/esm/Notifications.module.mjs'),
    ).toBe('@mantine/notifications/styles.css');
  });

  it('leaves every other module alone', () => {
    expect(mantineStylesheetFor(`${core}/Button/Button.mjs`)).toBeUndefined();
    expect(mantineStylesheetFor('/repo/apps/web/src/app/theme.ts')).toBeUndefined();
    expect(mantineStylesheetFor('/repo/apps/web/src/x.module.mjs')).toBeUndefined();
  });
});

describe('the installed Mantine', () => {
  const root = fileURLToPath(new URL('../../../node_modules/@mantine/core/', import.meta.url));
  const modules = readdirSync(join(root, 'esm'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.module.mjs'))
    .map((file) => join(root, 'esm', file));

  it('has a stylesheet for every class-name module, and a module for every stylesheet', () => {
    const named = new Set(modules.map((file) => mantineStylesheetFor(file)));
    expect(named.has(undefined)).toBe(false);
    const sheets = readdirSync(join(root, 'styles'))
      .filter((file) => !file.endsWith('.layer.css'))
      .filter((file) => !['baseline.css', 'default-css-variables.css', 'global.css'].includes(file))
      .map((file) => `@mantine/core/styles/${file}`);
    expect([...named].sort()).toEqual(sheets.sort());
  });
});
