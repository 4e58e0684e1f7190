// 看板 config (desk subpackage): pull down to refresh, reach the bottom for more.
export default definePageConfig({
  navigationBarTitleText: '派单队列',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
