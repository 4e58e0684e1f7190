// The weapp build names a real CloudBase environment: a production build without TARO_APP_CLOUD_ENV stops with one
// clear line; H5 needs none. For the mini-program the minifier lowers everything to ES2017.
import { CloudEnvError, cloudEnvFor, DEV_PLACEHOLDER } from '../config/cloud-env';

type Config = Record<string, unknown> & { env: Record<string, string>; mini?: Record<string, unknown> };

/** config/index.ts as Taro evaluates it, under the given environment (fresh modules: prod.ts reads TARO_ENV). */
async function taroConfig(env: Record<string, string | undefined>): Promise<Config> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete process.env[k];
  try {
    let mod: { default: (merge: (...c: object[]) => object) => Promise<Config> } | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require('../config/index');
    });
    const merge = (...configs: object[]) => Object.assign({}, ...configs);
    return await mod!.default(merge);
  } finally {
    process.env = saved;
  }
}

describe('the weapp build’s CloudBase environment', () => {
  test('a production weapp build without TARO_APP_CLOUD_ENV is refused, saying how to give it', () => {
    expect(() => cloudEnvFor({ TARO_ENV: 'weapp', NODE_ENV: 'production' })).toThrow(CloudEnvError);
    expect(() => cloudEnvFor({ TARO_ENV: 'weapp', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: ' ' })).toThrow(
      /TARO_APP_CLOUD_ENV is not set.*TARO_APP_CLOUD_ENV=<your CloudBase env id> npm run build:weapp/,
    );
    expect(() => cloudEnvFor({ TARO_ENV: 'weapp', TARO_APP_CLOUD_ENV: 'bad id' })).toThrow(/not a CloudBase/);
  });

  test('a given id is used; H5 needs none; a development weapp build warns and uses the placeholder', () => {
    expect(cloudEnvFor({ TARO_ENV: 'weapp', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: 'prod-8g1a2b' })).toEqual({
      envId: 'prod-8g1a2b',
      warning: null,
    });
    expect(cloudEnvFor({ TARO_ENV: 'h5', NODE_ENV: 'production' })).toEqual({ envId: '', warning: null });
    const dev = cloudEnvFor({ TARO_ENV: 'weapp', NODE_ENV: 'development' });
    expect(dev.envId).toBe(DEV_PLACEHOLDER);
    expect(dev.warning).toMatch(/not set/);
  });

  test('config/index.ts stops the production weapp build before webpack starts', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation(((code: number) => {
      throw new Error(`exit ${code}`);
    }) as never);
    const error = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await expect(
        taroConfig({ TARO_ENV: 'weapp', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: undefined }),
      ).rejects.toThrow('exit 1');
      expect(error.mock.calls.flat().join('\n')).toMatch(/✖ TARO_APP_CLOUD_ENV is not set/);
    } finally {
      exit.mockRestore();
      error.mockRestore();
    }
  });

  test('with the id, the weapp build calls it and minifies with esbuild to ES2017; H5 keeps its own minifier', async () => {
    const weapp = await taroConfig({ TARO_ENV: 'weapp', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: 'prod-8g1a2b' });
    expect(weapp.env.TARO_APP_CLOUD_ENV).toBe('"prod-8g1a2b"');
    expect(weapp.jsMinimizer).toBe('esbuild');
    expect(weapp.esbuild).toEqual({ minify: { enable: true, config: { target: 'es2017' } } });
    const h5 = await taroConfig({ TARO_ENV: 'h5', NODE_ENV: 'production', TARO_APP_CLOUD_ENV: undefined });
    expect(h5.jsMinimizer).toBeUndefined();
  });
});
