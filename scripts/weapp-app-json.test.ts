// app.json's release settings: private-info declarations (only what the code calls), the location permission text,
// the privacy check, lazy component loading, a resizable window on PC WeChat; and project.config.json's base library.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..');
const BUILT = join(ROOT, 'dist', 'weapp', 'app.json');

async function appConfig(): Promise<Record<string, unknown>> {
  // app.config.ts calls Taro's build-time global; here it only has to hand the config back.
  Object.assign(globalThis, { defineAppConfig: (config: unknown) => config });
  return (await import('../src/app.config')).default as unknown as Record<string, unknown>;
}

/** The private-info APIs the app's code calls (Taro.getLocation, Taro.chooseLocation …). */
function calledPrivateInfos(): string[] {
  const source = readFileSync(join(ROOT, 'src', 'shims', 'location.ts'), 'utf8');
  return ['getLocation', 'chooseLocation', 'getFuzzyLocation', 'choosePoi', 'onLocationChange'].filter((api) =>
    new RegExp(`Taro\\.${api}\\(`).test(source),
  );
}

function expectReleaseSettings(app: Record<string, unknown>): void {
  expect(app.requiredPrivateInfos).toEqual(calledPrivateInfos());
  expect(app.requiredPrivateInfos).toEqual(['getLocation']);
  expect(app.permission).toEqual({ 'scope.userLocation': { desc: '用于到场签到时记录位置（仅在您签到时获取）' } });
  // WeChat shows the desc after 「你的位置信息将用于」: at most 30 characters
  expect(
    [...(app.permission as Record<string, { desc: string }>)['scope.userLocation']!.desc].length,
  ).toBeLessThanOrEqual(30);
  expect(app.__usePrivacyCheck__).toBe(true);
  expect(app.lazyCodeLoading).toBe('requiredComponents');
  expect(app.resizable).toBe(true);
}

test('app.config.ts carries the release settings', async () => {
  expectReleaseSettings(await appConfig());
});

(existsSync(BUILT) ? test : test.skip)('the built dist/weapp/app.json carries them too', () => {
  expectReleaseSettings(JSON.parse(readFileSync(BUILT, 'utf8')) as Record<string, unknown>);
});

test('project.config.json names a current base library and keeps DevTools from transpiling (the build does)', () => {
  const project = JSON.parse(readFileSync(join(ROOT, 'project.config.json'), 'utf8')) as {
    libVersion?: string;
    setting: { es6: boolean };
  };
  expect(project.libVersion).toMatch(/^3\.\d+\.\d+$/);
  expect(project.setting.es6).toBe(false);
});
