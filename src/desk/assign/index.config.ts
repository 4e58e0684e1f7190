// 指派 config (desk subpackage).
export default definePageConfig({ navigationBarTitleText: '指派工程师', enablePullDownRefresh: true });
