// 下载报告: the fault report as a printable document (tickets.reportFile), opened the way this platform can.
import Taro from '@tarojs/taro';
import { messageOf, ticketsApi } from './api';
import { openDocument } from './shims/open-link';

export async function downloadFaultReport(ticketId: string): Promise<void> {
  try {
    const { url, fileName } = await ticketsApi.reportFile(ticketId);
    await openDocument(url, fileName);
  } catch (e) {
    void Taro.showToast({ title: messageOf(e), icon: 'none', duration: 2500 });
  }
}
