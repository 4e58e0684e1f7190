// Calling someone from a ticket (the assignee, the customer's contact); cancelling the system dialog is fine.
import Taro from '@tarojs/taro';

export function callPhone(phone: string): void {
  Taro.makePhoneCall({ phoneNumber: phone.replace(/-/g, '') }).catch(() => undefined);
}
