// The DNS-rebinding guard's rule: loopback names on our port, and the configured names; nothing else.
import { isOwnHost, parseAllowedHosts } from './host-guard';

const allowed = parseAllowedHosts(' Aftercare.example.com , desk.example.com:8443,,');

describe('own host names', () => {
  test('AFTERCARE_ALLOWED_HOSTS: names with or without a port, lower-cased, blanks skipped', () => {
    expect(allowed).toEqual([
      { name: 'aftercare.example.com', port: null },
      { name: 'desk.example.com', port: '8443' },
    ]);
    expect(parseAllowedHosts(undefined)).toEqual([]);
  });

  test.each([
    ['127.0.0.1:8080', true],
    ['localhost:8080', true],
    ['LocalHost:8080', true],
    ['[::1]:8080', true],
    ['aftercare.example.com', true],
    ['aftercare.example.com:443', true],
    ['desk.example.com:8443', true],
    ['desk.example.com', false],
    ['desk.example.com:443', false],
    ['127.0.0.1:8081', false],
    ['127.0.0.1', false],
    ['localhost', false],
    ['evil.example:8080', false],
    ['localhost.evil.example:8080', false],
    ['aftercare.example.com.evil.example', false],
    ['127.0.0.1:8080@evil.example', false],
    ['', false],
    [undefined, false],
  ])('Host %p on port 8080 → %p', (host, own) => {
    expect(isOwnHost(host, 8080, allowed)).toBe(own);
  });

  test('on port 80 a browser leaves the port out', () => {
    expect(isOwnHost('localhost', 80, [])).toBe(true);
    expect(isOwnHost('127.0.0.1:80', 80, [])).toBe(true);
  });
});
