// Customer home: greeting, 一键报修, 我的设备 with warranty badges, and the 7×24 hotline.
import { useEffect } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import DeviceList from '../../components/DeviceList';
import Greeting from '../../components/Greeting';
import HotlineCard from '../../components/HotlineCard';
import ReportButton from '../../components/ReportButton';
import SessionGate from '../../components/SessionGate';
import { useRequireUser } from '../../hooks/useSession';
import { CUSTOMER_ROLES } from '../../navigation';
import { useDevicesStore } from '../../store/devices';

export default function HomePage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  const devicesStatus = useDevicesStore((s) => s.status);
  const refreshDevices = useDevicesStore((s) => s.refresh);

  useEffect(() => {
    if (user && devicesStatus === 'idle') void refreshDevices();
  }, [user, devicesStatus, refreshDevices]);

  usePullDownRefresh(() => {
    void refreshDevices().finally(() => Taro.stopPullDownRefresh());
  });

  if (!user) {
    return (
      <View className="page home">
        <SessionGate errorMessage={errorMessage} retry={retry} />
      </View>
    );
  }

  return (
    <View className="page home">
      <Greeting user={user} />
      <ReportButton />
      <View className="section-title">我的设备</View>
      <DeviceList />
      <View className="section-title">服务热线</View>
      <HotlineCard />
    </View>
  );
}
