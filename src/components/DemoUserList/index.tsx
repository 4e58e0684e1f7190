// The demo accounts grouped by role (客户 / 工程师 / 专家 / 调度 / 管理员); tap one to sign in as it.
import { Text, View } from '@tarojs/components';
import type { DemoUser } from '../../api';
import { ROLE_LABELS, ROLE_ORDER } from '../../constants';
import './index.scss';

interface Props {
  users: DemoUser[];
  /** the account being signed in, shown as busy */
  pendingId: string | null;
  onPick: (user: DemoUser) => void;
}

export default function DemoUserList({ users, pendingId, onPick }: Props) {
  const groups = ROLE_ORDER.map((role) => ({ role, users: users.filter((u) => u.role === role) })).filter(
    (g) => g.users.length > 0,
  );
  return (
    <View className="demo-user-list">
      {groups.map(({ role, users: members }) => (
        <View key={role} className={`demo-user-list__group demo-user-list__group--${role}`}>
          <View className="section-title">{ROLE_LABELS[role]}</View>
          {members.map((user) => (
            <View
              key={user.id}
              className={`login-user login-user-${user.id}${pendingId === user.id ? ' login-user--pending' : ''}`}
              onClick={() => pendingId === null && onPick(user)}
            >
              <View className="login-user__main">
                <Text className="login-user__name">{user.name}</Text>
                <Text className="login-user__org">{user.organisation}</Text>
              </View>
              <Text className="login-user__id">{pendingId === user.id ? '登录中…' : user.id}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
