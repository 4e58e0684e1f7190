// Production build (`taro build` without --watch sets NODE_ENV=production): minified, no source maps in the package.
import type { UserConfigExport } from '@tarojs/cli';

export default {
  mini: {
    // Source maps would count against WeChat's 2 MB main-package limit.
    enableSourceMap: false,
  },
  h5: {
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>;
