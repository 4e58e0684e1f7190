// What a guarded page shows before its user is known: skeletons while loading, the reason and 重试 on failure.
import ErrorState from '../ErrorState';
import ListSkeleton from '../ListSkeleton';

export default function SessionGate({ errorMessage, retry }: { errorMessage: string | null; retry: () => void }) {
  if (errorMessage) return <ErrorState title="无法获取登录信息" message={errorMessage} onRetry={retry} />;
  return <ListSkeleton count={2} rows={2} />;
}
