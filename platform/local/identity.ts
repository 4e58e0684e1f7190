// Local identity: the caller from the bearer token the host's demo login (auth.devLogin) issued.
import { AppError } from '../../core/errors';
import type { Caller } from '../../core/identity/caller';
import type { UserDoc } from '../../core/model';
import type { Clock, Identity, IssuedToken, PlatformRequest, Store } from '../ports';
import { callerOfOpenid, callerOfUser } from '../contract/callers';
import type { TokenSigner } from './tokens';

export const TOKEN_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

export interface LocalIdentityOptions {
  signer: TokenSigner;
  store: Store;
  /**
   * The clock tokens expire on. The platform passes the system clock, not the dev clock: a test that moves
   * service time by weeks (follow-up schedules) keeps its session.
   */
  clock: Clock;
}

export type LocalIdentity = Identity & Required<Pick<Identity, 'issueDevToken'>>;

function expired(): AppError {
  return new AppError('UNAUTHENTICATED', '登录已失效，请重新登录');
}

export function createLocalIdentity({ signer, store, clock }: LocalIdentityOptions): LocalIdentity {
  return {
    // request.openid is ignored here: over HTTP it would be whatever the client claims.
    async resolve(request: PlatformRequest): Promise<Caller> {
      const header = request.authorization?.trim();
      if (!header) return { kind: 'anonymous' };
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const payload = match ? signer.verify(match[1]!, clock.now()) : null;
      if (!payload) throw expired();
      if (payload.kind === 'openid') return callerOfOpenid(store, payload.sub);
      const user = await store.collection<UserDoc>('users').get(payload.sub);
      if (!user) throw expired();
      return callerOfUser(user);
    },
    async issueDevToken(subject): Promise<IssuedToken> {
      const expiresAt = new Date(clock.now().getTime() + TOKEN_LIFETIME_MS);
      const payload =
        'userId' in subject
          ? { sub: subject.userId, kind: 'user' as const }
          : { sub: subject.openid, kind: 'openid' as const };
      return { token: signer.sign(payload, expiresAt), expiresAt };
    },
  };
}
