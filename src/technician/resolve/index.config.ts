// 处理报告 config; the signature pad must not scroll the page while drawing.
export default definePageConfig({ navigationBarTitleText: '填写处理报告' });
