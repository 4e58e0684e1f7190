// Launcher: works out who this is (auth.me) and sends them to their first screen, or to sign in / bind.
import { useCallback, useEffect, useState } from 'react';
import { View } from '@tarojs/components';
import { messageOf } from '../../api';
import ErrorState from '../../components/ErrorState';
import { leaveLauncherFor } from '../../navigation';
import { useSessionStore } from '../../store/session';
import './index.scss';

export default function LauncherPage() {
  const load = useSessionStore((s) => s.load);
  const [error, setError] = useState<string | null>(null);

  const start = useCallback(() => {
    setError(null);
    load()
      .then((user) => {
        // In WeChat the cloud function always knows the OPENID; no user means the service could not tell.
        if (!user && process.env.TARO_ENV === 'weapp') setError('暂时无法识别您的微信身份，请稍后重试');
        else leaveLauncherFor(user);
      })
      .catch((e: unknown) => setError(messageOf(e)));
  }, [load]);

  useEffect(start, [start]);

  return (
    <View className="page launcher">
      <View className="launcher__brand">售后通</View>
      <View className="launcher__tagline">报修 · 派单 · 进度，一目了然</View>
      {error ? (
        <ErrorState title="无法进入" message={error} onRetry={start} />
      ) : (
        <View className="launcher__status">正在进入…</View>
      )}
    </View>
  );
}
