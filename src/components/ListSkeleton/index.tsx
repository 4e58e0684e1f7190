// Loading state for lists: grey skeleton cards in the shape of what is coming (UX.md: skeletons, not spinners).
import { View } from '@tarojs/components';
import Skeleton from '@nutui/nutui-react-taro/dist/es/packages/skeleton';
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css';
import './index.scss';

export default function ListSkeleton({ count = 2, rows = 3 }: { count?: number; rows?: number }) {
  return (
    <View className="list-skeleton" aria-busy="true">
      {Array.from({ length: count }, (_, i) => (
        <View key={i} className="list-skeleton__card">
          <Skeleton rows={rows} size="small" animated />
        </View>
      ))}
    </View>
  );
}
