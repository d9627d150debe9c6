import { useSyncExternalStore } from 'react';
import { isApiError } from './api-error';

export interface SharedValueState<T> {
  /** Undefined until the first answer arrives. */
  data: T | undefined;
  /** The last failure, cleared by the next answer. */
  error: unknown;
}

/**
 * One answer of the server that the signed-out pages need (who is signed in, whether the clinic
 * is set up, its public details), fetched once and shared. It is not a query of the signed-in
 * area's query cache, so that the sign-in page does not download the query library; that cache
 * seeds its copy from here and writes its updates back (see `linkToQueryCache`).
 */
export interface SharedValue<T> {
  get(): SharedValueState<T>;
  /** Replaces the value, e.g. with the user a sign-in answered. */
  set(data: T): void;
  /** Asks the server again; concurrent calls share one request. */
  load(): Promise<void>;
  /** Fetches on the first subscription when nothing is known yet. */
  subscribe(listener: () => void): () => void;
}

/** Like the query cache's default: a refusal is an answer; a network or server failure may pass. */
const RETRY_DELAYS_MS = [1000, 2000];

async function withRetries<T>(fetch: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await fetch();
    } catch (error) {
      const delay = RETRY_DELAYS_MS[attempt];
      const isRefusal = isApiError(error) && error.status >= 400 && error.status < 500;
      if (delay === undefined || isRefusal) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export function sharedValue<T>(fetch: () => Promise<T>): SharedValue<T> {
  let state: SharedValueState<T> = { data: undefined, error: null };
  let pending: Promise<void> | null = null;
  const listeners = new Set<() => void>();
  const update = (next: SharedValueState<T>) => {
    state = next;
    for (const listener of listeners) listener();
  };
  const load = (): Promise<void> => {
    pending ??= withRetries(fetch)
      .then(
        (data) => update({ data, error: null }),
        (error: unknown) => update({ data: state.data, error }),
      )
      .finally(() => {
        pending = null;
      });
    return pending;
  };
  return {
    get: () => state,
    set(data) {
      if (!Object.is(data, state.data) || state.error !== null) update({ data, error: null });
    },
    load,
    subscribe(listener) {
      listeners.add(listener);
      if (state.data === undefined && state.error === null) void load();
      return () => {
        listeners.delete(listener);
      };
    },
  };
}

/** The value for a component, re-rendering it when the value changes. */
export function useSharedValue<T>(value: SharedValue<T>) {
  const { data, error } = useSyncExternalStore(value.subscribe, value.get);
  return { data, error, refetch: value.load };
}
