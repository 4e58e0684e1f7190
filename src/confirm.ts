// A yes/no question before a move that cannot be undone (resolves true on 确定), a notice to acknowledge, a toast.
import Taro from '@tarojs/taro';

export async function ask(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const { confirm } = await Taro.showModal({
      title,
      content,
      confirmText,
      confirmColor: '#067A43',
      cancelText: '取消',
    });
    return confirm;
  } catch {
    return false;
  }
}

/** Something the reader must see before going on (a move refused because the ticket changed): one 知道了. */
export async function inform(title: string, content: string): Promise<void> {
  try {
    await Taro.showModal({ title, content, showCancel: false, confirmText: '知道了', confirmColor: '#067A43' });
  } catch {
    // the modal could not open: nothing to wait for
  }
}

export function toast(title: string, icon: 'none' | 'success' = 'none'): void {
  void Taro.showToast({ title, icon, duration: icon === 'success' ? 1500 : 2500 });
}
