// Sign-in (H5 / local host only): in demo mode (`npm start`) pick a demo account, or act as a new WeChat user to try
// binding; a host started for real use has no demo sign-in and says how to sign in instead.
import { useEffect, useState } from 'react';
import Taro, { usePullDownRefresh } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { messageOf, type DemoUser } from '../../api';
import DemoUserList from '../../components/DemoUserList';
import EmptyState from '../../components/EmptyState';
import ErrorState from '../../components/ErrorState';
import ListSkeleton from '../../components/ListSkeleton';
import PrimaryButton from '../../components/PrimaryButton';
import { destinationFor, PAGES, restartAt } from '../../navigation';
import { useDemoUsersStore } from '../../store/demo-users';
import { useSessionStore } from '../../store/session';
import './index.scss';

/** A fresh OPENID-like id for a WeChat user the service has never seen. */
function newDemoOpenid(): string {
  return `wx-demo-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export default function LoginPage() {
  const { data, status, error, refresh } = useDemoUsersStore();
  const items = data ?? [];
  const login = useSessionStore((s) => s.login);
  const loginAsWeChatUser = useSessionStore((s) => s.loginAsWeChatUser);
  const [pendingId, setPendingId] = useState<string | null>(null);

  useEffect(() => {
    if (process.env.TARO_ENV !== 'weapp') void refresh();
  }, [refresh]);
  usePullDownRefresh(() => {
    void refresh().finally(() => Taro.stopPullDownRefresh());
  });

  const enter = (pending: string, signIn: () => ReturnType<typeof login>) => {
    setPendingId(pending);
    signIn()
      .then((user) => restartAt(destinationFor(user).url))
      .catch((e: unknown) => void Taro.showToast({ title: messageOf(e), icon: 'none', duration: 2500 }))
      .finally(() => setPendingId(null));
  };

  // the host answers FORBIDDEN to auth.demoUsers when it was not started in demo mode
  const demoOff = status === 'error' && error?.code === 'FORBIDDEN';

  if (process.env.TARO_ENV === 'weapp') {
    return (
      <View className="page login">
        <EmptyState
          title="微信内无需登录"
          description="售后通使用您的微信身份"
          action={<PrimaryButton onClick={() => restartAt(PAGES.launcher)}>进入</PrimaryButton>}
        />
      </View>
    );
  }

  if (demoOff) {
    return (
      <View className="page login login--real">
        <EmptyState
          className="login-demo-off"
          title="请通过微信登录"
          description="本服务未开启演示模式。请在微信中打开「售后通」小程序登录；首次使用请输入管理员发放的邀请码绑定账号。"
        />
      </View>
    );
  }

  return (
    <View className="page login">
      <View className="login__intro">
        <View className="login__title login-demo-mode">演示模式：选择一位演示用户登录</View>
        <View className="login__hint">本地演示环境的示例数据：登录后体验该角色看到的界面</View>
      </View>
      {status === 'error' ? (
        <ErrorState title="演示账号加载失败" message={error?.message ?? '请稍后重试'} onRetry={() => void refresh()} />
      ) : status === 'ready' && items.length === 0 ? (
        <EmptyState
          title="暂无演示账号"
          description="请先启动本地服务并导入演示数据"
          action={
            <PrimaryButton secondary onClick={() => void refresh()}>
              刷新
            </PrimaryButton>
          }
        />
      ) : status === 'ready' ? (
        <DemoUserList users={items} pendingId={pendingId} onPick={(u: DemoUser) => enter(u.id, () => login(u.id))} />
      ) : (
        <ListSkeleton count={4} rows={1} />
      )}
      <View className="section-title">微信新用户</View>
      <View className="login__unbound">
        <View className="login__hint">模拟一个尚未绑定的微信用户，体验用邀请码绑定账号</View>
        <PrimaryButton
          className="login-unbound"
          secondary
          size="normal"
          loading={pendingId === 'unbound'}
          disabled={pendingId !== null}
          onClick={() => enter('unbound', () => loginAsWeChatUser(newDemoOpenid()))}
        >
          以新微信用户进入
        </PrimaryButton>
      </View>
    </View>
  );
}
