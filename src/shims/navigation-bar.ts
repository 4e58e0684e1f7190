// H5: Taro's own navigation bar (window.navigationStyle 'default' in app.config.ts), drawn in WeChat's look in
// app.scss — the page's title and a back arrow: back through the page stack, or, on a page opened straight from a
// link, to this user's first screen (Taro's home button: the launcher sends each user to theirs). The pages a session
// starts from get no arrow. In WeChat the mini-program has WeChat's own bar, and this does nothing.
import Taro from '@tarojs/taro';
import { isStartPage } from '../destinations';

interface RouterChange {
  toLocation?: { path?: string };
}

/** Follows every page change (Taro's router says which page is on screen once it is shown). */
export function followNavigationBar(): void {
  if (process.env.TARO_ENV !== 'h5') return;
  Taro.eventCenter.on('__afterTaroRouterChange', (change: RouterChange) => {
    const bar = document.getElementById('taro-navigation-bar');
    if (!bar) return;
    bar.classList.toggle('nav-bar--start', isStartPage(change.toLocation?.path ?? ''));
    for (const button of Array.from(bar.querySelectorAll('.taro-navigation-bar-back, .taro-navigation-bar-home'))) {
      button.setAttribute('role', 'button');
      button.setAttribute('aria-label', '返回');
    }
  });
}
