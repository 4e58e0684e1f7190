// 消息通知 config: pull down to refresh, reach the bottom for older messages.
export default definePageConfig({
  navigationBarTitleText: '消息通知',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
