// The foot of a paged list: 加载更多 (also on reaching the bottom), 加载中…, or 没有更多了.
import { View } from '@tarojs/components';
import './index.scss';

interface Props {
  hasMore: boolean;
  loading: boolean;
  onMore: () => void;
}

export default function LoadMore({ hasMore, loading, onMore }: Props) {
  if (loading) return <View className="load-more load-more--loading">加载中…</View>;
  if (!hasMore) return <View className="load-more load-more--end">没有更多了</View>;
  return (
    <View className="load-more load-more--more" onClick={onMore}>
      加载更多
    </View>
  );
}
