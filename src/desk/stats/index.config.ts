// 统计 config (desk subpackage): pull down to refresh.
export default definePageConfig({ navigationBarTitleText: '统计', enablePullDownRefresh: true });
