// Taro build configuration shared by weapp and H5; dev.ts / prod.ts add what differs by mode.
import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import { CloudEnvError, cloudEnvFor } from './cloud-env';
import devConfig from './dev';
import prodConfig from './prod';

/** Where the H5 build finds the service: '' = same origin (the local host serves the H5 build at /). */
const API_BASE = process.env.TARO_APP_API_BASE || '';

export default defineConfig<'webpack5'>(async (merge) => {
  // The CloudBase environment the mini-program calls: required for a production weapp build (config/cloud-env.ts).
  let cloud: ReturnType<typeof cloudEnvFor>;
  try {
    cloud = cloudEnvFor(process.env);
  } catch (e) {
    // one clear line, not a stack trace followed by Taro's "config not found"
    if (!(e instanceof CloudEnvError)) throw e;
    console.error(`\n✖ ${e.message}\n`);
    process.exit(1);
  }
  if (cloud.warning) console.warn(`\n⚠ ${cloud.warning}\n`);
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'aftercare',
    date: '2026-11-25',
    // NutUI is drawn on a 375 px design; our own styles on Taro's 750 px one (NutUI's documented setting).
    designWidth: (input) => {
      const file = typeof input === 'object' && input ? String(input.file ?? '') : '';
      return file.replace(/\\+/g, '/').includes('@nutui') ? 375 : 750;
    },
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${process.env.TARO_ENV}`,
    plugins: [],
    env: {
      TARO_APP_CLOUD_ENV: JSON.stringify(cloud.envId),
      TARO_APP_API_BASE: JSON.stringify(API_BASE),
    },
    alias: {},
    framework: 'react',
    compiler: 'webpack5',
    cache: { enable: false },
    mini: {
      // core/ (schemas, warranty labels) is shared TypeScript outside src/: compile it too.
      compile: { include: [path.resolve(__dirname, '..', 'core')] },
      // Component styles use their own class names, so the order chunks meet in does not matter.
      miniCssExtractPluginOption: { ignoreOrder: true },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [path.resolve(__dirname, '..', 'core')] },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      // webpack's 244 KiB hint is for public web pages; this build is served by the local host. Warn only if it balloons.
      webpackChain(chain) {
        chain.performance.maxAssetSize(600 * 1024).maxEntrypointSize(900 * 1024);
      },
      postcss: {
        // The root size follows the screen's narrower side (phone-sized at 375 px) but stops at 1.2× a phone's: on a
        // desk's 1280 × 800 screen text stays at reading size instead of doubling (Taro's default cap is 40 px).
        pxtransform: { enable: true, config: { maxRootSize: 24 } },
        autoprefixer: { enable: true, config: {} },
        cssModules: {
          enable: false,
          config: { namingPattern: 'module', generateScopedName: '[name]__[local]___[hash:base64:5]' },
        },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
