// Customer home: greeting, 一键报修, open tickets (is someone coming, and when?), 我的设备 with warranty badges, hotline.
import { useEffect } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import type { TicketListQuery } from '../../api';
import DeviceList from '../../components/DeviceList';
import Greeting from '../../components/Greeting';
import HotlineCard from '../../components/HotlineCard';
import ReportButton from '../../components/ReportButton';
import SessionGate from '../../components/SessionGate';
import TicketCard from '../../components/TicketCard';
import { useNow } from '../../hooks/useOnShow';
import { useRequireUser } from '../../hooks/useSession';
import { useUnread } from '../../hooks/useUnread';
import { useTicketList } from '../../hooks/useTicketList';
import { CUSTOMER_ROLES } from '../../navigation';
import { useDevicesStore } from '../../store/devices';

/** Still in someone's hands, or waiting for the customer's confirmation. */
const OPEN: TicketListQuery = {
  scope: 'mine',
  status: ['reported', 'assigned', 'accepted', 'onsite', 'reopened', 'resolved'],
  limit: 5,
};

export default function HomePage() {
  const { user, errorMessage, retry } = useRequireUser(CUSTOMER_ROLES);
  useUnread(!!user, { tabBadge: true });
  const open = useTicketList('home-open', OPEN, !!user, { paged: false });
  const now = useNow();
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
      {open.items.length ? (
        <View className="home-open-tickets">
          <View className="section-title">进行中的工单</View>
          {open.items.map((ticket) => (
            <TicketCard key={ticket.id} ticket={ticket} now={now} />
          ))}
        </View>
      ) : null}
      <View className="section-title">我的设备</View>
      <DeviceList />
      <View className="section-title">服务热线</View>
      <HotlineCard />
    </View>
  );
}
