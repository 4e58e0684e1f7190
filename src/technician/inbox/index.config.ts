// 派单 config (technician subpackage): pull down to refresh, reach the bottom for more.
export default definePageConfig({
  navigationBarTitleText: '派单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
