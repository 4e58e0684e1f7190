// 工单: the customer's tickets, newest first, with status and the clock; pull to refresh, paged, 报修 when empty.
import { View } from '@tarojs/components';
import type { TicketListQuery } from '../../api';
import EmptyState from '../../components/EmptyState';
import HotlineCard from '../../components/HotlineCard';
import PrimaryButton from '../../components/PrimaryButton';
import SessionGate from '../../components/SessionGate';
import TicketCard from '../../components/TicketCard';
import TicketList from '../../components/TicketList';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useUnread } from '../../hooks/useUnread';
import { useTicketList } from '../../hooks/useTicketList';
import { CUSTOMER_ROLES, openPage, PAGES } from '../../navigation';

const MINE: TicketListQuery = { scope: 'mine', limit: 20 };

export default function TicketsPage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  useUnread(!!user, { tabBadge: true });
  const list = useTicketList('mine', MINE, !!user);
  const now = useNow();
  if (!user) {
    return (
      <View className="page tickets">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }
  return (
    <View className="page tickets">
      <TicketList
        list={list}
        empty={
          <EmptyState
            className="tickets-empty"
            title="暂无工单"
            description="报修后，工单的受理、派单和处理进度会显示在这里"
            action={
              <PrimaryButton className="tickets-report" onClick={() => openPage(PAGES.report)}>
                报修
              </PrimaryButton>
            }
          />
        }
      >
        {(ticket) => <TicketCard ticket={ticket} now={now} />}
      </TicketList>
      <HotlineCard />
    </View>
  );
}
