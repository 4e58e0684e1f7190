// Scanning a device's serial number: the WeChat scanner on weapp; a browser has none, so H5 types the serial.
import Taro from '@tarojs/taro';

export const canScan = process.env.TARO_ENV === 'weapp';

/** The scanned text (a serial, or a URL/QR payload carrying one); null when cancelled. */
export async function scanCode(): Promise<string | null> {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: false, scanType: ['barCode', 'qrCode'] });
    return result;
  } catch {
    return null;
  }
}
