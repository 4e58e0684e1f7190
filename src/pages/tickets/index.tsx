// 工单: the customer's tickets. The ticket list arrives with the report form; until then an honest empty state.
import { View } from '@tarojs/components';
import EmptyState from '../../components/EmptyState';
import HotlineCard from '../../components/HotlineCard';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import { offerHotlineForReport } from '../../hotline';
import { useRequireUser } from '../../hooks/useSession';
import { CUSTOMER_ROLES } from '../../navigation';

export default function TicketsPage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  if (!user) {
    return (
      <View className="page tickets">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  return (
    <View className="page tickets">
      <EmptyState
        className="tickets-empty"
        title="暂无工单"
        description="报修后，工单的受理、派单和处理进度会显示在这里"
        action={
          <PrimaryButton className="tickets-report" onClick={offerHotlineForReport}>
            报修
          </PrimaryButton>
        }
      />
      <HotlineCard />
    </View>
  );
}
