// Opening a document the service made (the fault report): a browser downloads it; WeChat copies the link.
import Taro from '@tarojs/taro';

const API_BASE = process.env.TARO_APP_API_BASE || '';

export async function openDocument(url: string, fileName: string): Promise<void> {
  if (process.env.TARO_ENV === 'weapp') {
    // A mini-program cannot show an HTML document itself: the link goes to the clipboard for a browser or a PC.
    await Taro.setClipboardData({ data: url });
    void Taro.showToast({ title: '报告链接已复制，可在浏览器中打开或打印', icon: 'none', duration: 3000 });
    return;
  }
  const link = document.createElement('a');
  link.href = /^https?:/.test(url) ? url : `${API_BASE}${url}`;
  link.download = fileName;
  link.target = '_blank';
  link.rel = 'noopener';
  document.body.appendChild(link);
  link.click();
  link.remove();
}
