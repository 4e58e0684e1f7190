// action(): binds a handler to its entry in the action map (core/api.ts). The entry says what goes in and out and who
// may call; the handler validates nothing again, it loads, decides (core), saves and sends.
import type { z } from 'zod';
import type { Access } from '../../core/access';
import type { ActionSpec } from '../../core/api';
import type { Caller, UserCaller } from '../../core/identity/caller';
import type { ActionContext } from './context';

export interface ActionDef<S extends ActionSpec = ActionSpec> {
  spec: S;
  /** input already parsed by spec.input; the caller already passed spec.access (dispatch does both) */
  handler: (input: never, ctx: ActionContext) => Promise<unknown>;
}

export type ActionMap = Record<string, ActionDef>;

type CallerFor<A extends Access> = A extends { kind: 'roles' } ? UserCaller : Caller;

/** Give the handler a name (`async function report(…)`) so a stack trace says which action it was. */
export function action<S extends ActionSpec>(
  spec: S,
  handler: (
    input: z.output<S['input']>,
    ctx: ActionContext & { caller: CallerFor<S['access']> },
  ) => Promise<z.input<S['output']>>,
): ActionDef<S> {
  return { spec, handler: handler as unknown as ActionDef<S>['handler'] };
}
