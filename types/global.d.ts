// Ambient types for the Taro app: style and image imports, and the build-time constants Taro injects into src/.
/// <reference types="@tarojs/taro" />

declare module '*.png';
declare module '*.gif';
declare module '*.jpg';
declare module '*.jpeg';
declare module '*.svg';
declare module '*.css';
declare module '*.scss';
declare module '*.sass';

declare namespace NodeJS {
  interface ProcessEnv {
    /** the platform being built, set by `taro build --type <platform>` (replaced at build time in src/) */
    TARO_ENV?: 'weapp' | 'h5';
    /** the CloudBase environment id the mini-program calls (config/index.ts, default 'aftercare-prod') */
    TARO_APP_CLOUD_ENV?: string;
    /** where the H5 build finds /api ('' = same origin) */
    TARO_APP_API_BASE?: string;
  }
}
