import { DEFAULT_QR_BASE, deviceQrPayload, invitationCodeFromQr, invitationQrPayload, serialFromQr } from './qr';

describe('QR payloads', () => {
  test("a device label carries the serial, and the app's scanner reads it back", () => {
    expect(deviceQrPayload('SN1001-A')).toBe(`${DEFAULT_QR_BASE}/d/SN1001-A`);
    expect(serialFromQr(deviceQrPayload('SN1001-A'))).toBe('SN1001-A');
    expect(serialFromQr(deviceQrPayload('SN1001-A', 'https://service.example.com/qr/'))).toBe('SN1001-A');
  });

  test('a bare serial (a nameplate barcode) or a query parameter is read too, upper-cased', () => {
    expect(serialFromQr(' sn1002-b ')).toBe('SN1002-B');
    expect(serialFromQr('https://service.example.com/scan?sn=SN1001-C')).toBe('SN1001-C');
  });

  test('text naming no serial is null', () => {
    expect(serialFromQr('')).toBeNull();
    expect(serialFromQr('https://weixin.qq.com/')).toBeNull();
    expect(serialFromQr('hello world')).toBeNull();
  });

  test('an invitation QR carries its code for the bind page', () => {
    const text = invitationQrPayload('K7M2QX9P', 'https://service.example.com/qr');
    expect(text).toBe('https://service.example.com/qr/i/K7M2QX9P');
    expect(invitationCodeFromQr(text)).toBe('K7M2QX9P');
    expect(invitationCodeFromQr('aftercare://qr/i/k7m2-qx9p')).toBe('K7M2QX9P');
    expect(invitationCodeFromQr(deviceQrPayload('SN1001-A'))).toBeNull();
  });
});
