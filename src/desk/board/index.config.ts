// 看板 config (desk subpackage): pull down to refresh (the board also refreshes itself every 15 s), reach the bottom
// for more of the queue.
export default definePageConfig({
  navigationBarTitleText: '调度看板',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
