// What the local host reads from its environment and command line, checked once at start: a bad value stops the
// host with a message naming the variable, rather than running with a setting nobody asked for.
import { z } from 'zod';
import { IceServerSchema, type IceServer } from '../core/schemas/bookings';
import { MAX_FILE_LINK_SECONDS } from '../platform/local/file-links';
import { parseAllowedHosts, type AllowedName } from './host-guard';

export interface HostSettings {
  port: number;
  dataDir: string;
  devClock: boolean;
  /** demo sign-in (auth.devLogin, auth.demoUsers) and the demo data: `npm start` (--demo or AFTERCARE_DEMO=1) */
  demo: boolean;
  /** demo mode without the demo data (`AFTERCARE_DEMO_DATA=0`): a first run as on a new deployment, signed in as WeChat users */
  demoData: boolean;
  buildIfStale: boolean;
  /** undefined: the default (10 minutes) */
  fileLinkSeconds?: number;
  allowedHosts: AllowedName[];
  rateLimitFactor: number;
  trustProxy: boolean;
  /** STUN/TURN servers for video calls (AFTERCARE_ICE_SERVERS, a JSON array of RTCIceServer); none on loopback */
  iceServers: IceServer[];
  /** where clients reach the host behind a proxy (AFTERCARE_PUBLIC_URL): the video signalling socket's address */
  publicUrl?: string;
}

/** AFTERCARE_ICE_SERVERS: `[{ "urls": "stun:stun.example.com:3478" }, { "urls": ["turn:…"], "username": …, "credential": … }]` */
export function parseIceServers(value: string | undefined): IceServer[] {
  if (value === undefined || value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error('AFTERCARE_ICE_SERVERS must be a JSON array of { urls, username?, credential? }');
  }
  const servers = z.array(IceServerSchema.strict()).safeParse(parsed);
  const urlsOk = (s: IceServer) =>
    (Array.isArray(s.urls) ? s.urls : [s.urls]).every((u) => /^(stun|stuns|turn|turns):/.test(u));
  if (!servers.success || !servers.data.every(urlsOk)) {
    throw new Error(
      'AFTERCARE_ICE_SERVERS must be a JSON array of { urls: "stun:…" | "turn:…" | [...], username?, credential? }',
    );
  }
  return servers.data;
}

function publicUrlOf(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new Error(`AFTERCARE_PUBLIC_URL must be an http(s) URL, not "${value}"`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`AFTERCARE_PUBLIC_URL must be an http(s) URL, not "${value}"`);
  }
  return url.toString();
}

function positiveNumber(name: string, value: string | undefined, fallback: number, integer: boolean): number {
  if (value === undefined || value.trim() === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new Error(`${name} must be a positive ${integer ? 'integer' : 'number'}, not "${value}"`);
  }
  return n;
}

const on = (value: string | undefined) => value === '1' || value === 'true';

export function hostSettings(env: NodeJS.ProcessEnv, argv: readonly string[]): HostSettings {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, not "${env.PORT}"`);
  const fileLinkSeconds = positiveNumber('AFTERCARE_FILE_URL_TTL_SECONDS', env.AFTERCARE_FILE_URL_TTL_SECONDS, 0, true);
  if (fileLinkSeconds > MAX_FILE_LINK_SECONDS) {
    throw new Error(`AFTERCARE_FILE_URL_TTL_SECONDS must be at most ${MAX_FILE_LINK_SECONDS} (a day)`);
  }
  return {
    port,
    dataDir: env.AFTERCARE_DATA_DIR ?? '.data',
    devClock: env.AFTERCARE_DEV_CLOCK === '1',
    demo: argv.includes('--demo') || on(env.AFTERCARE_DEMO),
    demoData: env.AFTERCARE_DEMO_DATA !== '0',
    buildIfStale: argv.includes('--build-if-stale'),
    ...(fileLinkSeconds ? { fileLinkSeconds } : {}),
    allowedHosts: parseAllowedHosts(env.AFTERCARE_ALLOWED_HOSTS),
    rateLimitFactor: positiveNumber('AFTERCARE_RATE_LIMIT_FACTOR', env.AFTERCARE_RATE_LIMIT_FACTOR, 1, false),
    trustProxy: on(env.AFTERCARE_TRUST_PROXY),
    iceServers: parseIceServers(env.AFTERCARE_ICE_SERVERS),
    ...(publicUrlOf(env.AFTERCARE_PUBLIC_URL) ? { publicUrl: publicUrlOf(env.AFTERCARE_PUBLIC_URL)! } : {}),
  };
}
