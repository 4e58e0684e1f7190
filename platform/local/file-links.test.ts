// Signed file links: a link serves its own file until it expires, on the clock it was given; anything altered fails.
import { randomBytes } from 'node:crypto';
import { createFileLinks } from './file-links';

const secret = randomBytes(32);

function linksAt(start: number, ttlSeconds?: number) {
  let now = start;
  const links = createFileLinks({ secret, clock: { now: () => new Date(now) }, ...(ttlSeconds ? { ttlSeconds } : {}) });
  return { links, advance: (ms: number) => (now += ms) };
}

function partsOf(url: string) {
  const u = new URL(url, 'http://x');
  return {
    id: decodeURIComponent(u.pathname.split('/').pop()!),
    exp: u.searchParams.get('exp')!,
    sig: u.searchParams.get('sig')!,
  };
}

describe('signed file links', () => {
  test('a link is valid for its file for 10 minutes (rounded up to the minute), then expired', () => {
    const start = Date.UTC(2026, 10, 25, 2, 0, 30);
    const { links, advance } = linksAt(start);
    const url = links.url('f_0123456789abcdef0123456789abcdef.png');
    expect(url).toMatch(/^\/api\/_files\/f_0123456789abcdef0123456789abcdef\.png\?exp=\d+&sig=[\w-]{22}$/);
    const { id, exp, sig } = partsOf(url);
    expect(Number(exp) * 1000 - start).toBeGreaterThanOrEqual(600_000);
    expect(Number(exp) * 1000 - start).toBeLessThanOrEqual(660_000);
    expect(links.check(id, exp, sig)).toBe('valid');
    expect(links.secondsLeft(exp)).toBeGreaterThanOrEqual(600);
    advance(Number(exp) * 1000 - start - 1);
    expect(links.check(id, exp, sig)).toBe('valid');
    advance(1);
    expect(links.check(id, exp, sig)).toBe('expired');
    expect(links.secondsLeft(exp)).toBe(0);
  });

  test('the same file asked for twice within a minute gets the same link (the browser cache works)', () => {
    const { links, advance } = linksAt(Date.UTC(2026, 10, 25, 2, 0, 0, 10));
    const first = links.url('f_aa.png');
    advance(20_000);
    expect(links.url('f_aa.png')).toBe(first);
  });

  test('another file, another expiry, another secret, a forged or partial signature: not valid', () => {
    const start = Date.UTC(2026, 10, 25, 2, 0, 0);
    const { links } = linksAt(start);
    const { id, exp, sig } = partsOf(links.url('f_one.png'));
    expect(links.check('f_two.png', exp, sig)).toBe('invalid');
    expect(links.check(id, String(Number(exp) + 3600), sig)).toBe('invalid');
    expect(links.check(id, exp, `${sig[0] === 'A' ? 'B' : 'A'}${sig.slice(1)}`)).toBe('invalid');
    // the last character has spare bits: a variant that decodes to the same bytes is still not the link
    expect(links.check(id, exp, `${sig.slice(0, 21)}${sig[21] === 'A' ? 'B' : 'A'}`)).toBe('invalid');
    expect(links.check(id, exp, 'x'.repeat(22))).toBe('invalid');
    expect(links.check(id, exp, 'not a signature')).toBe('invalid');
    expect(links.check(id, '1e12', sig)).toBe('invalid');
    expect(links.check(id, [exp, exp], sig)).toBe('invalid');
    expect(links.check(id, exp, undefined)).toBe('missing');
    expect(links.check(id, undefined, undefined)).toBe('missing');
    const other = createFileLinks({ secret: randomBytes(32), clock: { now: () => new Date(start) } });
    expect(other.check(id, exp, sig)).toBe('invalid');
  });

  test('the lifetime is configurable, within 1 second and a day', () => {
    const start = Date.UTC(2026, 10, 25, 2, 0, 0, 500);
    const { links, advance } = linksAt(start, 2);
    const { id, exp, sig } = partsOf(links.url('f_short.png'));
    expect(links.check(id, exp, sig)).toBe('valid');
    advance(3000);
    expect(links.check(id, exp, sig)).toBe('expired');
    for (const ttlSeconds of [0, -1, 1.5, 86_401]) {
      expect(() => createFileLinks({ secret, clock: { now: () => new Date() }, ttlSeconds })).toThrow(RangeError);
    }
  });
});
