// Calling the 7×24 service hotline: the service plan's fallback for anything the app cannot do yet.
import Taro from '@tarojs/taro';
import { HOTLINE } from './constants';

export function callHotline(): void {
  // Rejected when the person cancels the system dialog: nothing to do.
  Taro.makePhoneCall({ phoneNumber: HOTLINE.replace(/-/g, '') }).catch(() => undefined);
}

/** 一键报修 until the report form ships: say so plainly and offer the hotline. */
export function offerHotlineForReport(): void {
  Taro.showModal({
    title: '一键报修',
    content: `在线报修即将开放。现在请拨打 7×24 服务热线 ${HOTLINE} 报修，客服会为您登记并派工程师。`,
    confirmText: '拨打热线',
    confirmColor: '#07C160',
    cancelText: '取消',
  })
    .then(({ confirm }) => {
      if (confirm) callHotline();
    })
    .catch(() => undefined);
}
