// Dispatcher / admin first screen (subpackage): a placeholder that says what the SLA board will hold.
import { View } from '@tarojs/components';
import PlaceholderPanel from '../../components/PlaceholderPanel';
import SessionCard from '../../components/SessionCard';
import SessionGate from '../../components/SessionGate';
import { useRequireUser } from '../../hooks/useSession';
import { DESK_ROLES } from '../../navigation';

export default function DeskBoardPage() {
  const { user, errorMessage, retry } = useRequireUser(DESK_ROLES);
  return (
    <View className="page desk-board">
      {user ? (
        <>
          <PlaceholderPanel
            title="SLA 看板"
            description="SLA 看板：所有进行中的工单、各自的响应与到场时限，以及即将超时、已超时的提醒将显示在这里；派单队列、统计和设置（工程师、服务站、排班、客户、设备）也将从这里进入。"
          />
          <SessionCard user={user} />
        </>
      ) : (
        <SessionGate errorMessage={errorMessage} retry={retry} />
      )}
    </View>
  );
}
