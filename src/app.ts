// The app shell: global styles, and on weapp the CloudBase SDK set up once at launch.
import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initCloud } from './api';
import './app.scss';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') initCloud();
  });
  return children;
}

export default App;
