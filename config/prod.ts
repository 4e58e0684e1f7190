// Production build (`taro build` without --watch sets NODE_ENV=production): minified, no source maps in the package.
import type { UserConfigExport } from '@tarojs/cli';

/**
 * The syntax the mini-program ships in. With DevTools' ES6 → ES5 off (project.config.json), WeChat runs the files as
 * built, and iOS's JavaScriptCore before 13.4 cannot parse `?.` or `??`: Babel lowers src/ and core/ only, so
 * NutUI, zustand, dayjs, zod … arrive in node_modules' own syntax. For the mini-program the minifier is esbuild,
 * which lowers every emitted file (vendors and Taro's runtime included) to ES2017 as it minifies;
 * scripts/weapp-syntax.test.ts parses the build to check. The H5 build runs in current browsers and keeps terser.
 */
export const WEAPP_TARGET = 'es2017';

const weapp = process.env.TARO_ENV === 'weapp';

export default {
  ...(weapp
    ? {
        jsMinimizer: 'esbuild' as const,
        esbuild: { minify: { enable: true, config: { target: WEAPP_TARGET } } },
      }
    : {}),
  mini: {
    // Source maps would count against WeChat's 2 MB main-package limit.
    enableSourceMap: false,
  },
  h5: {
    enableSourceMap: false,
  },
} satisfies UserConfigExport<'webpack5'>;
