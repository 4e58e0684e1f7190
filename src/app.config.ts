// Pages, subpackages and the customer tab bar (首页 · 工单 · 我的); staff screens live in subpackages. The keys after
// the tab bar are WeChat's app.json settings for release (scripts/weapp-app-json.test.ts checks the built file).
export default defineAppConfig({
  pages: [
    'pages/index/index',
    'pages/login/index',
    'pages/bind/index',
    'pages/home/index',
    'pages/tickets/index',
    'pages/me/index',
    'pages/report/index',
    'pages/ticket/index',
    'pages/survey/index',
    'pages/notifications/index',
  ],
  subPackages: [
    { root: 'technician', pages: ['inbox/index', 'job/index', 'resolve/index'] },
    {
      root: 'desk',
      pages: ['board/index', 'assign/index', 'ticket/index', 'stats/index', 'roster/index', 'holidays/index'],
    },
  ],
  window: {
    backgroundTextStyle: 'dark',
    backgroundColor: '#F7F7F7',
    navigationBarBackgroundColor: '#F7F7F7',
    navigationBarTitleText: '售后通',
    navigationBarTextStyle: 'black',
    // WeChat's own bar in the mini-program; on H5 this also turns on Taro's bar (app.scss, shims/navigation-bar.ts).
    navigationStyle: 'default',
  },
  tabBar: {
    // Label text ≥ 4.5:1 on white (the icons stay WeChat green): the text tones of styles/theme.scss.
    color: '#666666',
    selectedColor: '#067A43',
    backgroundColor: '#FFFFFF',
    borderStyle: 'black',
    list: [
      {
        pagePath: 'pages/home/index',
        text: '首页',
        iconPath: 'assets/tabbar/home.png',
        selectedIconPath: 'assets/tabbar/home-active.png',
      },
      {
        pagePath: 'pages/tickets/index',
        text: '工单',
        iconPath: 'assets/tabbar/tickets.png',
        selectedIconPath: 'assets/tabbar/tickets-active.png',
      },
      {
        pagePath: 'pages/me/index',
        text: '我的',
        iconPath: 'assets/tabbar/me.png',
        selectedIconPath: 'assets/tabbar/me-active.png',
      },
    ],
  },
  // Only what the code calls (src/shims/location.ts: the on-site check-in); WeChat reviews this list.
  requiredPrivateInfos: ['getLocation'],
  permission: {
    'scope.userLocation': { desc: '用于到场签到时记录位置（仅在您签到时获取）' },
  },
  // the privacy guide (用户隐私保护指引) is asked for before the first private call
  __usePrivacyCheck__: true,
  // inject only the components a page uses: a faster start
  lazyCodeLoading: 'requiredComponents',
  // the desk on PC WeChat: a window the dispatcher can make as large as the screen
  resizable: true,
});
