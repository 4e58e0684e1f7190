// Technician / expert first screen (subpackage): a placeholder that says what the dispatch inbox will hold.
import { View } from '@tarojs/components';
import PlaceholderPanel from '../../components/PlaceholderPanel';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import { useRequireUser } from '../../hooks/useSession';
import { TECHNICIAN_ROLES } from '../../navigation';

export default function TechnicianInboxPage() {
  const { user, errorMessage, retry } = useRequireUser(TECHNICIAN_ROLES);
  return (
    <View className="page technician-inbox">
      {user ? (
        <>
          <PlaceholderPanel
            title="派单收件箱"
            description="派单收件箱：待接单、已接单、今日任务与各自的响应时限将显示在这里。新派单会先出现在最上方，附带接单倒计时。"
          />
          <SessionCard user={user} />
        </>
      ) : (
        <SessionGate errorMessage={errorMessage} retry={retry} />
      )}
    </View>
  );
}
