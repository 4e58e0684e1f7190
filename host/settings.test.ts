// The host's settings: defaults for a bare `tsx host/main.ts`, demo mode from the flag or the variable, bad values stop it.
import { hostSettings } from './settings';

describe('host settings', () => {
  test('defaults: port 8080, .data, no demo, no dev clock, 10-minute file links, limits as written', () => {
    expect(hostSettings({}, [])).toEqual({
      port: 8080,
      dataDir: '.data',
      devClock: false,
      demo: false,
      demoData: true,
      buildIfStale: false,
      allowedHosts: [],
      rateLimitFactor: 1,
      trustProxy: false,
      iceServers: [],
    });
  });

  test('demo mode: --demo (npm start) or AFTERCARE_DEMO=1', () => {
    expect(hostSettings({}, ['--build-if-stale', '--demo'])).toMatchObject({ demo: true, buildIfStale: true });
    expect(hostSettings({ AFTERCARE_DEMO: '1' }, []).demo).toBe(true);
    expect(hostSettings({ AFTERCARE_DEMO: '' }, []).demo).toBe(false);
    expect(hostSettings({ AFTERCARE_DEMO: '0' }, []).demo).toBe(false);
  });

  test('every variable is read', () => {
    expect(
      hostSettings(
        {
          PORT: '0',
          AFTERCARE_DATA_DIR: '/srv/aftercare',
          AFTERCARE_DEV_CLOCK: '1',
          AFTERCARE_FILE_URL_TTL_SECONDS: '120',
          AFTERCARE_ALLOWED_HOSTS: 'aftercare.example.com',
          AFTERCARE_RATE_LIMIT_FACTOR: '2.5',
          AFTERCARE_TRUST_PROXY: '1',
          AFTERCARE_ICE_SERVERS:
            '[{"urls":"stun:stun.example.com:3478"},{"urls":["turn:turn.example.com:3478"],"username":"u","credential":"p"}]',
          AFTERCARE_PUBLIC_URL: 'https://aftercare.example.com/app',
        },
        [],
      ),
    ).toMatchObject({
      port: 0,
      dataDir: '/srv/aftercare',
      devClock: true,
      fileLinkSeconds: 120,
      allowedHosts: [{ name: 'aftercare.example.com', port: null }],
      rateLimitFactor: 2.5,
      trustProxy: true,
      iceServers: [
        { urls: 'stun:stun.example.com:3478' },
        { urls: ['turn:turn.example.com:3478'], username: 'u', credential: 'p' },
      ],
      publicUrl: 'https://aftercare.example.com/app',
    });
  });

  test.each([
    [{ PORT: 'http' }, /PORT/],
    [{ AFTERCARE_FILE_URL_TTL_SECONDS: '0' }, /AFTERCARE_FILE_URL_TTL_SECONDS/],
    [{ AFTERCARE_FILE_URL_TTL_SECONDS: '1.5' }, /AFTERCARE_FILE_URL_TTL_SECONDS/],
    [{ AFTERCARE_FILE_URL_TTL_SECONDS: '90000' }, /at most 86400/],
    [{ AFTERCARE_RATE_LIMIT_FACTOR: '-1' }, /AFTERCARE_RATE_LIMIT_FACTOR/],
    [{ AFTERCARE_ICE_SERVERS: 'stun:stun.example.com' }, /AFTERCARE_ICE_SERVERS/],
    [{ AFTERCARE_ICE_SERVERS: '[{"urls":"http://example.com"}]' }, /AFTERCARE_ICE_SERVERS/],
    [{ AFTERCARE_PUBLIC_URL: 'ftp://example.com' }, /AFTERCARE_PUBLIC_URL/],
  ])('%p stops the host with a message naming it', (env, message) => {
    expect(() => hostSettings(env, [])).toThrow(message);
  });
});
