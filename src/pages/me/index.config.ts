// 我的 tab config.
export default definePageConfig({ navigationBarTitleText: '我的' });
