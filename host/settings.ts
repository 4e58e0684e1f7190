// What the local host reads from its environment and command line, checked once at start: a bad value stops the
// host with a message naming the variable, rather than running with a setting nobody asked for.
import { MAX_FILE_LINK_SECONDS } from '../platform/local/file-links';
import { parseAllowedHosts, type AllowedName } from './host-guard';

export interface HostSettings {
  port: number;
  dataDir: string;
  devClock: boolean;
  /** demo sign-in (auth.devLogin, auth.demoUsers) and the demo data: `npm start` (--demo or AFTERCARE_DEMO=1) */
  demo: boolean;
  buildIfStale: boolean;
  /** undefined: the default (10 minutes) */
  fileLinkSeconds?: number;
  allowedHosts: AllowedName[];
  rateLimitFactor: number;
  trustProxy: boolean;
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
    buildIfStale: argv.includes('--build-if-stale'),
    ...(fileLinkSeconds ? { fileLinkSeconds } : {}),
    allowedHosts: parseAllowedHosts(env.AFTERCARE_ALLOWED_HOSTS),
    rateLimitFactor: positiveNumber('AFTERCARE_RATE_LIMIT_FACTOR', env.AFTERCARE_RATE_LIMIT_FACTOR, 1, false),
    trustProxy: on(env.AFTERCARE_TRUST_PROXY),
  };
}
