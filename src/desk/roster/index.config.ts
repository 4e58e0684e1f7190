// 值班表 config (desk subpackage): pull down to refresh (kept edits are not thrown away).
export default definePageConfig({ navigationBarTitleText: '值班表', enablePullDownRefresh: true });
