// Pages, subpackages and the customer tab bar (首页 · 工单 · 我的); staff screens live in subpackages.
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
});
