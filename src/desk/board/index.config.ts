// SLA 看板 config (desk subpackage).
export default definePageConfig({ navigationBarTitleText: '看板' });
