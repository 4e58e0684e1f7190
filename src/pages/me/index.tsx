// 我的: 消息通知 with the unread count, who I am (name, role, organisation), switching account / signing out, and the
// 7×24 hotline.
import { View } from '@tarojs/components';
import HotlineCard from '../../components/HotlineCard';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import UnreadEntry from '../../components/UnreadEntry';
import { useRequireUser } from '../../hooks/useSession';
import { useUnread } from '../../hooks/useUnread';
import { CUSTOMER_ROLES } from '../../navigation';

export default function MePage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  const unread = useUnread(!!user, { tabBadge: true });
  if (!user) {
    return (
      <View className="page me">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  return (
    <View className="page me">
      <UnreadEntry unread={unread} className="me-notifications" />
      <SessionCard user={user} />
      <View className="section-title">服务热线</View>
      <HotlineCard />
    </View>
  );
}
