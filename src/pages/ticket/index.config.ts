// 工单详情 config: pull down to refresh (the page also refreshes itself every 10 s).
export default definePageConfig({ navigationBarTitleText: '工单详情', enablePullDownRefresh: true });
