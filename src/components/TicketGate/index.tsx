// What a ticket page shows before it has both a user and the ticket: the sign-in gate; a ticket this reader may no
// longer see (reassigned, or never theirs) with the way back to their own list; the load error with 重试; or a
// skeleton while the ticket loads.
import { View } from '@tarojs/components';
import type { TicketPageState } from '../../hooks/useTicketPage';
import { leaveTo, ticketsPlaceFor } from '../../navigation';
import ErrorState from '../ErrorState';
import ListSkeleton from '../ListSkeleton';
import SessionGate from '../SessionGate';

interface Props {
  /** the page's own class, after `page` */
  className: string;
  page: Pick<TicketPageState, 'user' | 'errorMessage' | 'retry' | 'status' | 'error' | 'reload'>;
}

export default function TicketGate({ className, page }: Props) {
  const gone = page.status === 'error' && page.error?.code === 'NOT_FOUND';
  const place = ticketsPlaceFor(page.user?.role);
  return (
    <View className={`page ${className}`}>
      {!page.user ? (
        <SessionGate errorMessage={page.errorMessage} retry={page.retry} />
      ) : gone ? (
        <ErrorState
          className="ticket-gone"
          title="该工单已改派或您无权查看"
          message="它已不在您的工单中；您当前的工单都在列表里"
          action={{ text: place.label, onClick: () => leaveTo(place) }}
        />
      ) : page.status === 'error' ? (
        <ErrorState
          title="工单加载失败"
          message={page.error?.message ?? '请稍后重试'}
          onRetry={() => void page.reload()}
        />
      ) : (
        <ListSkeleton count={3} rows={3} />
      )}
    </View>
  );
}
