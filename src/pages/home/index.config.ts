// Customer home config: pull down to refresh the device list.
export default definePageConfig({ navigationBarTitleText: '售后通', enablePullDownRefresh: true });
