// Video calls on CloudBase: Tencent TRTC (实时音视频). The function signs the caller's UserSig itself with
// tls-sig-api-v2 from TRTC_SDK_APP_ID and TRTC_SECRET_KEY in its environment — the key never leaves the function —
// and a PrivateMapKey that admits the user to this booking's room only (TRTC's 进房权限, when switched on). The app
// enters the room with trtc-wx-sdk (live-pusher / live-player): docs/video-help.md.
import { createHash } from 'node:crypto';
// the file itself: the package's package.json names two `main`s, and bundlers read the first (missing) one
import { Api } from 'tls-sig-api-v2/TLSSigAPIv2.js';
import { AppError } from '../../core/errors';
import { toWire } from '../../core/time';
import type { CallProvider, Clock } from '../ports';

export interface TrtcSettings {
  sdkAppId: number;
  secretKey: string;
}

/** How long a UserSig is valid: a call lasts at most the join window (2 h 10 min); TRTC checks it on entering. */
export const USER_SIG_SECONDS = 3 * 60 * 60;
/** PrivateMapKey privileges: create, enter, send and receive audio and video (not screen sharing) */
const ROOM_PRIVILEGES = 1 | 2 | 4 | 8 | 16 | 32;

/** TRTC_SDK_APP_ID and TRTC_SECRET_KEY, or null when either is missing or the app id is not a number. */
export function trtcSettingsFrom(env: NodeJS.ProcessEnv): TrtcSettings | null {
  const sdkAppId = Number(env.TRTC_SDK_APP_ID);
  const secretKey = env.TRTC_SECRET_KEY?.trim();
  if (!Number.isInteger(sdkAppId) || sdkAppId <= 0 || !secretKey) return null;
  return { sdkAppId, secretKey };
}

/** TRTC user ids: at most 32 of [A-Za-z0-9_-]; other ids are hashed into that form (the same id each time). */
export function trtcUserIdOf(userId: string): string {
  if (/^[A-Za-z0-9_-]{1,32}$/.test(userId)) return userId;
  return `u_${createHash('sha256').update(userId).digest('hex').slice(0, 30)}`;
}

export function createTrtcCalls(settings: TrtcSettings | null, clock: Clock): CallProvider {
  const api = settings ? new Api(settings.sdkAppId, settings.secretKey) : null;
  return {
    async join({ roomId, seat, userId }) {
      if (!api || !settings) {
        throw new AppError('INTERNAL', '视频通话服务未配置（TRTC_SDK_APP_ID / TRTC_SECRET_KEY），请联系管理员');
      }
      const trtcUser = trtcUserIdOf(userId);
      return {
        provider: 'trtc',
        sdkAppId: settings.sdkAppId,
        userId: trtcUser,
        userSig: api.genUserSig(trtcUser, USER_SIG_SECONDS),
        privateMapKey: api.genPrivateMapKeyWithStringRoomID(trtcUser, USER_SIG_SECONDS, roomId, ROOM_PRIVILEGES),
        roomId,
        seat,
        expiresAt: toWire(new Date(clock.now().getTime() + USER_SIG_SECONDS * 1000)),
      };
    },
  };
}
