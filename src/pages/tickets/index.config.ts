// 工单 tab config.
export default definePageConfig({ navigationBarTitleText: '工单' });
