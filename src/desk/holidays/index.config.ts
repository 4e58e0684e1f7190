// 节假日 config (desk subpackage): pull down to refresh (an edit on screen is kept).
export default definePageConfig({ navigationBarTitleText: '节假日', enablePullDownRefresh: true });
