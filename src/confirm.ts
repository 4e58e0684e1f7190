// A yes/no question before a move that cannot be undone; resolves true on 确定.
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

export function toast(title: string, icon: 'none' | 'success' = 'none'): void {
  void Taro.showToast({ title, icon, duration: icon === 'success' ? 1500 : 2500 });
}
