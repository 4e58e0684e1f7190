// Calling the 7×24 service hotline: the service plan's fallback for anything the app cannot do yet.
import Taro from '@tarojs/taro';
import { HOTLINE } from './constants';

export function callHotline(): void {
  // Rejected when the person cancels the system dialog: nothing to do.
  Taro.makePhoneCall({ phoneNumber: HOTLINE.replace(/-/g, '') }).catch(() => undefined);
}
