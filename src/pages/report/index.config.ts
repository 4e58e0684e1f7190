// 报修 page config.
export default definePageConfig({ navigationBarTitleText: '报修' });
