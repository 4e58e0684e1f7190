// How both identity adapters turn a stored user, or a WeChat OPENID, into the Caller the service layer sees.
import type { Caller, UserCaller } from '../../core/identity/caller';
import type { UserDoc } from '../../core/model';
import type { Store } from '../ports';

export function callerOfUser(user: UserDoc): UserCaller {
  const caller: UserCaller = { kind: 'user', userId: user.id, role: user.role };
  // optional fields only when set, so a caller compares equal whichever platform built it
  if (user.customerId) caller.customerId = user.customerId;
  if (user.stationId) caller.stationId = user.stationId;
  if (user.openid) caller.openid = user.openid;
  if (user.active === false) caller.inactive = true;
  return caller;
}

/** The user bound to this OPENID, or an unbound caller who may only bind (auth.bind). */
export async function callerOfOpenid(store: Store, openid: string): Promise<Caller> {
  const user = await store.collection<UserDoc>('users').findOne({ openid });
  return user ? callerOfUser(user) : { kind: 'unbound', openid };
}
