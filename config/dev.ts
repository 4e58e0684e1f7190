// Development build (`taro build --type … --watch`): readable output, and the H5 dev server proxies /api to the local host.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  logger: { quiet: false, stats: true },
  mini: {},
  h5: {
    devServer: {
      proxy: [{ context: ['/api', '/healthz'], target: `http://127.0.0.1:${process.env.PORT || 8080}` }],
    },
  },
} satisfies UserConfigExport<'webpack5'>;
