// What a device's QR label and an invitation's QR code carry, and how the app's scanner reads them back. Both are a
// URL under one base (`<base>/d/<serial>`, `<base>/i/<code>`): with the deployment's https base registered in the
// mini-program's 「扫普通链接二维码打开小程序」 rules, WeChat's own scanner opens the device page or the bind page;
// the app's scanner (Taro.scanCode) reads the same text with serialFromQr / invitationCodeFromQr. The default base
// is a scheme of the app's own, which only the app's scanner reads.
import { INVITATION_ALPHABET } from '../schemas/auth';

export const DEFAULT_QR_BASE = 'aftercare://qr';

const SERIAL = /^[A-Za-z0-9][A-Za-z0-9_-]{2,39}$/;
const trimBase = (base: string) => base.replace(/\/+$/, '');

/** The text of a device's QR label. */
export function deviceQrPayload(serial: string, base: string = DEFAULT_QR_BASE): string {
  return `${trimBase(base)}/d/${encodeURIComponent(serial)}`;
}

/** The text of an invitation's QR code (the bind page opens with the code filled in). */
export function invitationQrPayload(code: string, base: string = DEFAULT_QR_BASE): string {
  return `${trimBase(base)}/i/${encodeURIComponent(code)}`;
}

/** The path segment after `/<marker>/`, or the `<param>` query value, of a scanned URL (any base). */
function pieceOf(text: string, marker: string, params: readonly string[]): string | null {
  const path = new RegExp(`/${marker}/([^/?#]+)`).exec(text);
  if (path) return decodeURIComponent(path[1]!);
  const query = /\?(.*)$/.exec(text.split('#')[0]!);
  if (!query) return null;
  for (const pair of query[1]!.split('&')) {
    const [key, value] = pair.split('=');
    if (key && params.includes(key.toLowerCase()) && value) return decodeURIComponent(value);
  }
  return null;
}

/**
 * The serial a scanned code names: a device label's URL (any base, `/d/<serial>` or `?sn=`), or a bare serial (a
 * barcode on the nameplate). Upper-cased, as serials are stored. Null when the text names no serial.
 */
export function serialFromQr(text: string): string | null {
  const raw = text.trim();
  if (!raw) return null;
  const found = raw.includes('/') || raw.includes('?') ? pieceOf(raw, 'd', ['sn', 'serial']) : raw;
  return found && SERIAL.test(found) ? found.toUpperCase() : null;
}

/** The invitation code a scanned invitation QR carries (`/i/<code>` or `?code=`), normalised; null otherwise. */
export function invitationCodeFromQr(text: string): string | null {
  const found = pieceOf(text.trim(), 'i', ['code']);
  if (!found) return null;
  const code = found.toUpperCase().replace(/[\s-]/g, '');
  return new RegExp(`^[${INVITATION_ALPHABET}]{8}$`).test(code) ? code : null;
}
