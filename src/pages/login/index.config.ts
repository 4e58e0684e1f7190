// Sign-in page config (H5 / local host): the demo-account list can be pulled to refresh.
export default definePageConfig({ navigationBarTitleText: '选择演示账号', enablePullDownRefresh: true });
