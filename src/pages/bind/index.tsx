// Bind: a WeChat user the service does not know yet redeems an invitation code (auth.bind), then goes on in.
import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { messageOf } from '../../api';
import BindForm from '../../components/BindForm';
import HotlineCard from '../../components/HotlineCard';
import SessionGate from '../../components/SessionGate';
import { useUnboundUser } from '../../hooks/useSession';
import { destinationFor, restartAt } from '../../navigation';
import { useSessionStore } from '../../store/session';
import './index.scss';

export default function BindPage() {
  const { user, errorMessage, retry } = useUnboundUser();
  const bind = useSessionStore((s) => s.bind);

  if (!user) {
    return (
      <View className="page bind">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  const submit = async (code: string) => {
    try {
      const bound = await bind(code);
      void Taro.showToast({ title: '绑定成功', icon: 'success', duration: 1500 });
      restartAt(destinationFor(bound).url);
    } catch (e) {
      void Taro.showToast({ title: messageOf(e), icon: 'none', duration: 3000 });
      throw e;
    }
  };

  return (
    <View className="page bind">
      <View className="bind__intro">
        <View className="bind__title">绑定账号</View>
        <View className="bind__hint">请输入客户经理或管理员提供的邀请码。绑定后即可报修、查看设备保修和工单进度。</View>
      </View>
      <BindForm onSubmit={submit} />
      <View className="section-title">没有邀请码？</View>
      <HotlineCard />
    </View>
  );
}
