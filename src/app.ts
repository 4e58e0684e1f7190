// The app shell: global styles; on weapp the CloudBase SDK set up once at launch, on H5 the navigation bar.
import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { initCloud } from './api';
import { followNavigationBar } from './shims/navigation-bar';
import './app.scss';

// Before the first page shows: the bar must know the first page too.
followNavigationBar();

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    if (process.env.TARO_ENV === 'weapp') initCloud();
  });
  return children;
}

export default App;
