import { type ComponentType, type LazyExoticComponent, lazy } from 'react';

/** A page's code could not be fetched (the server or the network is away), as opposed to a page that failed while showing. */
export class PageLoadError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = 'PageLoadError';
  }
}

export interface ReloadablePage {
  /** The page, loading on first render. */
  readonly Page: LazyExoticComponent<ComponentType>;
  /** After a failed fetch, lets the next render fetch the page again. */
  retry(): void;
}

/**
 * A page loaded on demand that can be fetched again. React keeps a lazy component's first
 * failure for good, so a page whose code could not be fetched while the server was away
 * would stay broken after it came back; here a retry starts a new fetch.
 */
export function reloadablePage<M extends Record<string, unknown>>(
  load: () => Promise<M>,
  name: keyof M,
): ReloadablePage {
  let failed = false;
  const create = () =>
    lazy(async () => {
      try {
        return { default: (await load())[name] as ComponentType };
      } catch (error) {
        failed = true;
        throw new PageLoadError(error);
      }
    });
  let Page = create();
  return {
    get Page() {
      return Page;
    },
    retry() {
      if (!failed) return;
      failed = false;
      Page = create();
    },
  };
}

/**
 * Stylesheets whose fetch failed stay in the document without rules, and the bundler's
 * loader, having seen them once, never asks for them again: put a fresh copy of each in its
 * place and wait for it, so the page fetched again is styled.
 */
export async function refetchFailedStylesheets(): Promise<void> {
  const failed = [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].filter(
    (link) => link.sheet === null,
  );
  await Promise.all(
    failed.map(
      (link) =>
        new Promise<void>((settle) => {
          const fresh = link.cloneNode() as HTMLLinkElement;
          fresh.addEventListener('load', () => settle());
          fresh.addEventListener('error', () => settle());
          link.replaceWith(fresh);
        }),
    ),
  );
}
