// 我的设备: the devices store shown with its loading, empty, error and ready states.
import { View } from '@tarojs/components';
import { devicesOf, useDevicesStore } from '../../store/devices';
import DeviceCard from '../DeviceCard';
import EmptyState from '../EmptyState';
import ErrorState from '../ErrorState';
import ListSkeleton from '../ListSkeleton';
import './index.scss';

export default function DeviceList() {
  const items = useDevicesStore(devicesOf);
  const status = useDevicesStore((s) => s.status);
  const error = useDevicesStore((s) => s.error);
  const refresh = useDevicesStore((s) => s.refresh);

  // Keep what is on screen while refreshing; skeletons only before the first answer.
  if (items.length === 0 && (status === 'idle' || status === 'loading')) return <ListSkeleton count={2} rows={3} />;
  if (status === 'error' && items.length === 0) {
    return <ErrorState title="设备加载失败" message={error?.message ?? '请稍后重试'} onRetry={() => void refresh()} />;
  }
  if (items.length === 0) {
    return <EmptyState className="devices-empty" title="暂无设备" description="请联系客户经理登记设备" />;
  }
  return (
    <View className="device-list">
      {status === 'error' ? <View className="device-list__stale">刷新失败：{error?.message}（下拉重试）</View> : null}
      {items.map((device) => (
        <DeviceCard key={device.id} device={device} />
      ))}
    </View>
  );
}
