import { INVITATION_ALPHABET, InvitationCode } from './auth';

/** The characters a reader of the message would type: the digits of its range and the letters it does not exclude. */
function charactersNamedBy(message: string): Set<string> {
  const digits = /数字\s*(\d)\s*[–-]\s*(\d)/.exec(message);
  const excluded = /字母（不含\s*([A-Z、\s]+)）/.exec(message);
  if (!digits || !excluded) return new Set();
  const named = new Set<string>();
  for (let d = Number(digits[1]); d <= Number(digits[2]); d++) named.add(String(d));
  const out = new Set(excluded[1]!.split(/[、\s]+/).filter(Boolean));
  for (let c = 65; c <= 90; c++) if (!out.has(String.fromCharCode(c))) named.add(String.fromCharCode(c));
  return named;
}

const errorOf = (code: string) => {
  const r = InvitationCode.safeParse(code);
  return r.success ? null : r.error.issues[0]!.message;
};

describe('invitation codes', () => {
  test('the error names exactly the characters codes are made of', () => {
    const message = errorOf('ABCD-EF0O')!;
    expect(message).toContain('8 位');
    expect([...charactersNamedBy(message)].sort()).toEqual([...INVITATION_ALPHABET].sort());
  });

  test('every character of the alphabet is accepted, look-alikes are not; case, spaces and dashes are forgiven', () => {
    for (const c of INVITATION_ALPHABET) expect(errorOf(c.repeat(8))).toBeNull();
    for (const c of ['0', '1', 'I', 'L', 'O']) expect(errorOf(`${c}${'2'.repeat(7)}`)).not.toBeNull();
    expect(InvitationCode.parse(' k7m2-qx9p ')).toBe('K7M2QX9P');
    expect(errorOf('K7M2QX9')).not.toBeNull();
  });
});
