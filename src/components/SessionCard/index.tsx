// Who is signed in: name, role, organisation; on H5 / the local host also 切换账号 and 退出登录.
import { Text, View } from '@tarojs/components';
import type { SessionUser } from '../../api';
import { ROLE_LABELS } from '../../constants';
import { canSwitchAccount, signOut, switchAccount } from '../../navigation';
import PrimaryButton from '../PrimaryButton';
import './index.scss';

/** The organisation a user acts for: the customer's company, or the staff member's station. */
export function organisationOf(user: SessionUser): string | null {
  return user.customerName ?? user.stationName ?? null;
}

export default function SessionCard({ user }: { user: SessionUser }) {
  const organisation = organisationOf(user);
  return (
    <View className="session-card">
      <View className="session-card__who">
        <Text className="session-card__name">{user.name}</Text>
        {user.role ? (
          <Text className={`session-card__role session-card__role--${user.role}`}>{ROLE_LABELS[user.role]}</Text>
        ) : null}
      </View>
      {organisation ? <View className="session-card__line">{organisation}</View> : null}
      {user.phone ? <View className="session-card__line">手机 {user.phone}</View> : null}
      {user.id ? <View className="session-card__line session-card__id">账号 {user.id}</View> : null}
      {canSwitchAccount ? (
        <View className="session-card__actions">
          <View className="session-card__action">
            <PrimaryButton className="session-card__switch" secondary size="normal" onClick={switchAccount}>
              切换账号
            </PrimaryButton>
          </View>
          <View className="session-card__action">
            <PrimaryButton className="session-card__logout" secondary size="normal" onClick={signOut}>
              退出登录
            </PrimaryButton>
          </View>
        </View>
      ) : (
        <View className="session-card__line session-card__wechat">
          已通过微信登录；如需更换绑定的身份，请联系管理员
        </View>
      )}
    </View>
  );
}
