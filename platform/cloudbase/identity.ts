// CloudBase identity: the caller is the WeChat user whose OPENID the platform puts in the function's context.
import type { Caller } from '../../core/identity/caller';
import type { Identity, PlatformRequest, Store } from '../ports';
import { callerOfOpenid } from '../contract/callers';

export interface CloudbaseIdentityOptions {
  store: Store;
  /**
   * The OPENID of the current invocation when the request carries none: `app.auth().getUserInfo().openId`, which
   * reads the WX_OPENID CloudBase sets for each call from the mini-program ('' otherwise).
   */
  contextOpenid: () => string;
}

/**
 * Only the platform's OPENID counts: the event's own `userInfo` is not trusted, since anything that can invoke the
 * function (another function, an HTTP trigger) can write it. There are no bearer tokens and no dev login here.
 */
export function createCloudbaseIdentity({ store, contextOpenid }: CloudbaseIdentityOptions): Identity {
  return {
    async resolve(request: PlatformRequest): Promise<Caller> {
      const openid = request.openid || contextOpenid();
      if (!openid) return { kind: 'anonymous' };
      return callerOfOpenid(store, openid);
    },
  };
}
