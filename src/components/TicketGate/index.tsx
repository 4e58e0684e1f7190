// What a ticket page shows before it has both a user and the ticket: the sign-in gate, the load error with 重试, or a
// skeleton while the ticket loads.
import { View } from '@tarojs/components';
import type { TicketPageState } from '../../hooks/useTicketPage';
import ErrorState from '../ErrorState';
import ListSkeleton from '../ListSkeleton';
import SessionGate from '../SessionGate';

interface Props {
  /** the page's own class, after `page` */
  className: string;
  page: Pick<TicketPageState, 'user' | 'errorMessage' | 'retry' | 'status' | 'error' | 'reload'>;
}

export default function TicketGate({ className, page }: Props) {
  return (
    <View className={`page ${className}`}>
      {!page.user ? (
        <SessionGate errorMessage={page.errorMessage} retry={page.retry} />
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
