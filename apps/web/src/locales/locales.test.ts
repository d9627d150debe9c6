import { describe, expect, it } from 'vitest';
import { languages } from '../lib/language';

type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });

function namespacesOf(language: string): Map<string, Tree> {
  const found = new Map<string, Tree>();
  for (const [path, tree] of Object.entries(files)) {
    const match = /^\.\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (match?.[1] === language && match[2]) found.set(match[2], tree);
  }
  return found;
}

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') keys.set(path, value);
    else for (const [inner, text] of flatten(value, path)) keys.set(inner, text);
  }
  return keys;
}

const pluralSuffix = /_(zero|one|two|few|many|other)$/;

/**
 * The keys a language must have: English's, with every plural key expanded to the forms the
 * language itself needs (Spanish and French have a `many` form English lacks).
 */
function expectedKeys(englishKeys: Iterable<string>, language: string): Set<string> {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of englishKeys) {
    if (pluralSuffix.test(key)) {
      const base = key.replace(pluralSuffix, '');
      for (const category of categories) expected.add(`${base}_${category}`);
    } else {
      expected.add(key);
    }
  }
  return expected;
}

const english = namespacesOf('en');

describe('translations', () => {
  it('every language has the same namespaces as English', () => {
    for (const language of languages) {
      expect([...namespacesOf(language).keys()].sort(), language).toEqual(
        [...english.keys()].sort(),
      );
    }
  });

  for (const language of languages) {
    for (const [namespace, tree] of english) {
      it(`${language}/${namespace} has exactly the keys English has, in its plural forms`, () => {
        const translated = namespacesOf(language).get(namespace) ?? {};
        const keys = new Set(flatten(translated).keys());
        const expected = expectedKeys(flatten(tree).keys(), language);
        expect(
          [...expected].filter((key) => !keys.has(key)),
          `missing in ${language}`,
        ).toEqual([]);
        expect(
          [...keys].filter((key) => !expected.has(key)),
          `only in ${language}`,
        ).toEqual([]);
      });

      it(`${language}/${namespace} has no empty texts`, () => {
        const translated = namespacesOf(language).get(namespace) ?? {};
        const empty = [...flatten(translated)].filter(([, text]) => text.trim() === '');
        expect(empty.map(([key]) => key)).toEqual([]);
      });
    }
  }
});
