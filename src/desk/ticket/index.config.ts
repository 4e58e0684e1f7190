// 工单 (desk) config: pull down to refresh (the page also refreshes itself every 10 s).
export default definePageConfig({ navigationBarTitleText: '工单', enablePullDownRefresh: true });
