// The customer's greeting: who they are and the organisation they act for.
import { View } from '@tarojs/components';
import type { SessionUser } from '../../api';
import './index.scss';

export default function Greeting({ user }: { user: SessionUser }) {
  return (
    <View className="greeting">
      <View className="greeting__hello">您好，{user.name}</View>
      {user.customerName ? <View className="greeting__org">{user.customerName}</View> : null}
    </View>
  );
}
