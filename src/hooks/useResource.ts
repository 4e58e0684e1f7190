// One resource held by a page (the desk's statistics, who is on duty, a ticket's candidates, a roster week): the
// loading rules of store/resource.ts over the component's own state.
import { useCallback, useState } from 'react';
import { IDLE, loader, type Resource } from '../store/resource';

export interface ResourceState<T> extends Resource<T> {
  /** load again (a show, retry, pull-to-refresh): the last data stays on screen meanwhile */
  reload: () => Promise<void>;
  /** an answer from elsewhere (a save's result): ready at once, and a load under way no longer lands */
  put: (data: T) => void;
}

/** `request` must be stable (useCallback): a new one (new parameters) is what the next reload asks. */
export function useResource<T>(request: () => Promise<T>): ResourceState<T> {
  const [state, setState] = useState<Resource<T>>(IDLE);
  const [it] = useState(() => {
    let held: Resource<T> = IDLE;
    return loader<T>(
      () => held,
      (patch) => {
        held = { ...held, ...patch };
        setState(held);
      },
    );
  });
  const reload = useCallback(async () => {
    await it.load(request);
  }, [it, request]);
  return { ...state, reload, put: it.put };
}
