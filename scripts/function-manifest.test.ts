// What each deployed function carries besides its bundle: wx-server-sdk to install, the cloud-call permission.
import { FUNCTIONS } from '../cloudfunctions/registry';
import { cloudbaseRc, functionConfigJson, functionPackageJson } from './function-manifest';

describe('function manifest', () => {
  test('a function installs only wx-server-sdk: @cloudbase/node-sdk is in its bundle', () => {
    const pkg = functionPackageJson('tickets');
    expect(pkg).toMatchObject({ name: 'aftercare-tickets', main: 'index.js' });
    expect(Object.keys(pkg.dependencies)).toEqual(['wx-server-sdk']);
  });

  test("every function's config.json declares the subscribeMessage.send cloud call and keeps its timers", () => {
    for (const fn of Object.values(FUNCTIONS)) {
      const config = functionConfigJson(fn.config);
      expect(config.permissions.openapi).toEqual(['subscribeMessage.send']);
      expect(config.triggers).toEqual(fn.config.triggers);
      expect(config.timeout).toBe(fn.config.timeout);
    }
  });

  test('cloudbaserc.json lists every function with its timers', () => {
    const rc = cloudbaseRc(Object.values(FUNCTIONS));
    expect(rc.functions.map((f) => f.name)).toEqual(Object.keys(FUNCTIONS));
    expect(rc.functions.find((f) => f.name === 'sla')).toMatchObject({
      handler: 'index.main',
      triggers: [{ name: 'run', type: 'timer', config: '0 * * * * * *' }],
    });
  });
});
