// The base of every QR code the service prints (device labels, invitations): the deployment's https URL registered
// in the mini-program's 「扫普通链接二维码打开小程序」 rules (AFTERCARE_QR_BASE), else the app's own scheme.
import { DEFAULT_QR_BASE } from '../../core/devices/qr';

export function qrBase(): string {
  const base = process.env.AFTERCARE_QR_BASE?.trim();
  return base ? base : DEFAULT_QR_BASE;
}
