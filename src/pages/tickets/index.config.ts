// 工单 tab config: pull down to refresh, reach the bottom for the next page.
export default definePageConfig({
  navigationBarTitleText: '工单',
  enablePullDownRefresh: true,
  onReachBottomDistance: 80,
});
