// One thing loaded from the service as a screen shows it — idle, loading, ready or error — with retry and refresh
// that keep the last good data on screen, and only the newest request's answer landing: a late answer to an older
// request (or one overtaken by a move's answer, or a sign-out) never overwrites what came after it.
import { create } from 'zustand';
import { asApiError, type ApiError } from '../api/api-error';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export interface Resource<T> {
  /** the last good answer: kept on screen while loading again and after a failed load */
  data: T | null;
  status: LoadStatus;
  error: ApiError | null;
}

/** Nothing asked yet (one shared value, so a selector falling back to it stays stable). */
export const IDLE: Resource<never> = Object.freeze({ data: null, status: 'idle', error: null });

export interface Loader<T> {
  /**
   * Load (again): loading with the old data kept, then ready with the answer, or error with the old data kept.
   * Resolves to the answer when it landed; undefined when it failed or something newer came first.
   */
  load: (request: () => Promise<T>) => Promise<T | undefined>;
  /**
   * More of it (the next page): the answer is a fold of the data held when it arrives. The status stays as it is;
   * a failure only sets `error`. Resolves like `load`.
   */
  extend: (request: () => Promise<(data: T | null) => T>) => Promise<T | undefined>;
  /** An answer from elsewhere (a move's or a save's result): ready at once; a request under way no longer lands. */
  put: (data: T) => void;
  /** Back to idle (sign-out); a request under way no longer lands. */
  reset: () => void;
}

/** The loading rules over one resource kept anywhere: `read` what is held, `write` a change to it. */
export function loader<T>(read: () => Resource<T>, write: (patch: Partial<Resource<T>>) => void): Loader<T> {
  let newest = 0;
  const begin = () => {
    const request = ++newest;
    return () => request === newest;
  };
  return {
    load: async (request) => {
      const current = begin();
      write({ status: 'loading', error: null });
      try {
        const data = await request();
        if (!current()) return undefined;
        write({ data, status: 'ready', error: null });
        return data;
      } catch (e) {
        if (current()) write({ status: 'error', error: asApiError(e) });
        return undefined;
      }
    },
    extend: async (request) => {
      const current = begin();
      write({ error: null });
      try {
        const fold = await request();
        if (!current()) return undefined;
        const data = fold(read().data);
        write({ data });
        return data;
      } catch (e) {
        if (current()) write({ error: asApiError(e) });
        return undefined;
      }
    },
    put: (data) => {
      newest++;
      write({ data, status: 'ready', error: null });
    },
    reset: () => {
      newest++;
      write({ data: null, status: 'idle', error: null });
    },
  };
}

export interface KeyedLoaders<T> {
  /** the loader of one key (made on first use) */
  of: (key: string) => Loader<T>;
  /** every key back to idle; requests under way no longer land (then the owner empties its record) */
  reset: () => void;
}

/** One loader per key over a record of resources (tickets by id, surveys by ticket, lists by name). */
export function keyedLoaders<T>(
  read: (key: string) => Resource<T> | undefined,
  write: (key: string, patch: Partial<Resource<T>>) => void,
): KeyedLoaders<T> {
  const loaders = new Map<string, Loader<T>>();
  return {
    of: (key) => {
      let it = loaders.get(key);
      if (!it) {
        it = loader(
          () => read(key) ?? IDLE,
          (patch) => write(key, patch),
        );
        loaders.set(key, it);
      }
      return it;
    },
    reset: () => {
      for (const it of loaders.values()) it.reset();
      loaders.clear();
    },
  };
}

export interface ResourceStore<T> extends Resource<T> {
  /** load again (first show, retry, pull-to-refresh): the last data stays on screen meanwhile */
  refresh: () => Promise<void>;
  /** forget it (sign-out: the next account must not see it) */
  reset: () => void;
}

/** A zustand store of one resource; `onLoad` sees each answer that lands. */
export function createResource<T>(request: () => Promise<T>, onLoad?: (data: T) => void) {
  return create<ResourceStore<T>>()((set, get) => {
    const it = loader<T>(get, (patch) => set(patch));
    return {
      ...IDLE,
      refresh: async () => {
        const data = await it.load(request);
        if (data !== undefined) onLoad?.(data);
      },
      reset: it.reset,
    };
  });
}
