// 派单收件箱 config (technician subpackage).
export default definePageConfig({ navigationBarTitleText: '派单' });
