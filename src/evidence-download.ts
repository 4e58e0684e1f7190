// 下载证据包: the ticket's service-time evidence (sla.evidence: timeline, every clock, signatures, digest) as a document.
import Taro from '@tarojs/taro';
import { messageOf, slaApi } from './api';
import { openDocument } from './shims/open-link';

export async function downloadEvidence(ticketId: string): Promise<void> {
  try {
    const { url, fileName } = await slaApi.evidence(ticketId);
    await openDocument(url, fileName);
  } catch (e) {
    void Taro.showToast({ title: messageOf(e), icon: 'none', duration: 2500 });
  }
}
