// Launcher page config: no title of its own, it only decides where the user goes.
export default definePageConfig({ navigationBarTitleText: '售后通' });
