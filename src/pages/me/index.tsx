// 我的: who I am (name, role, organisation), switching account / signing out, and the 7×24 hotline.
import { View } from '@tarojs/components';
import HotlineCard from '../../components/HotlineCard';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import { useRequireUser } from '../../hooks/useSession';
import { CUSTOMER_ROLES } from '../../navigation';

export default function MePage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  if (!user) {
    return (
      <View className="page me">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  return (
    <View className="page me">
      <SessionCard user={user} />
      <View className="section-title">服务热线</View>
      <HotlineCard />
    </View>
  );
}
