// 服务评价 page config.
export default definePageConfig({ navigationBarTitleText: '服务评价' });
