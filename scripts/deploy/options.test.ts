// The deploy's configuration: arguments over the environment, one clear sentence for anything missing or wrong.
import { DeployConfigError, parseOptions, parseTemplateIds } from './options';

const CREDS = { TENCENTCLOUD_SECRETID: 'AKIDexample', TENCENTCLOUD_SECRETKEY: 'secret' };

describe('deploy options', () => {
  test('without credentials the deploy says how to give them, or to use the fake', () => {
    expect(() => parseOptions(['--dry-run'], { ENV_ID: 'prod-1a2b3c' })).toThrow(DeployConfigError);
    expect(() => parseOptions(['--dry-run'], { ENV_ID: 'prod-1a2b3c' })).toThrow(
      /TENCENTCLOUD_SECRETID and TENCENTCLOUD_SECRETKEY.*AFTERCARE_DEPLOY_FAKE=1/,
    );
    expect(() => parseOptions([], CREDS)).toThrow(/give --env <id> or set ENV_ID/);
    // both missing: both said
    expect(() => parseOptions(['--dry-run'], {})).toThrow(/ENV_ID; no Tencent Cloud credentials/);
  });

  test('the fake needs no account and no environment id', () => {
    const options = parseOptions(['--dry-run'], { AFTERCARE_DEPLOY_FAKE: '1' });
    expect(options).toMatchObject({ fake: true, dryRun: true, envId: 'fake-env', credentials: null });
    expect(options.fakeState).toBe('.data/cloudbase-fake.json');
  });

  test('arguments win over the environment', () => {
    const options = parseOptions(
      ['--env', 'prod-9z', '--secret-id=AKIDarg', '--secret-key', 'k2', '--template-ids', 'ids.json', '--skip-build'],
      { ...CREDS, ENV_ID: 'other-env', AFTERCARE_WX_TEMPLATE_IDS_FILE: 'env.json', TENCENTCLOUD_SESSIONTOKEN: 'tok' },
    );
    expect(options).toMatchObject({
      envId: 'prod-9z',
      credentials: { secretId: 'AKIDarg', secretKey: 'k2', token: 'tok' },
      templateIdsFile: 'ids.json',
      skipBuild: true,
      dryRun: false,
    });
  });

  test('TRTC comes as a pair, the app id a number; the reviewer takes 1 to 20 codes', () => {
    const env = { ...CREDS, ENV_ID: 'prod-1' };
    expect(parseOptions([], { ...env, TRTC_SDK_APP_ID: '1400000001', TRTC_SECRET_KEY: 's' }).trtc).toEqual({
      sdkAppId: '1400000001',
      secretKey: 's',
    });
    expect(() => parseOptions([], { ...env, TRTC_SDK_APP_ID: '1400000001' })).toThrow(/both/);
    expect(() => parseOptions([], { ...env, TRTC_SDK_APP_ID: 'abc', TRTC_SECRET_KEY: 's' })).toThrow(/number/);
    expect(parseOptions(['--reviewer'], env).reviewer).toEqual({ codes: 3 });
    expect(parseOptions(['--reviewer', '--reviewer-codes', '5'], env).reviewer).toEqual({ codes: 5 });
    expect(() => parseOptions(['--reviewer', '--reviewer-codes', '0'], env)).toThrow(/1 to 20/);
    expect(() => parseOptions(['--reviewer-codes', '2'], env)).toThrow(/goes with --reviewer/);
  });

  test('the QR base is an https prefix', () => {
    const env = { ...CREDS, ENV_ID: 'prod-1' };
    expect(parseOptions(['--qr-base', 'https://service.example.com/qr'], env).qrBase).toBe(
      'https://service.example.com/qr',
    );
    expect(parseOptions([], { ...env, AFTERCARE_QR_BASE: 'https://s.example.com' }).qrBase).toBe(
      'https://s.example.com',
    );
    expect(() => parseOptions(['--qr-base', 'http://s.example.com'], env)).toThrow(/not an https URL/);
    expect(() => parseOptions(['--qr-base', 'https://s.example.com/?a=1'], env)).toThrow(/not an https URL/);
  });

  test('an unknown option, a missing value or a bad environment id is refused', () => {
    const env = { ...CREDS, ENV_ID: 'prod-1' };
    expect(() => parseOptions(['--dryrun'], env)).toThrow(/unknown option --dryrun/);
    expect(() => parseOptions(['--env'], env)).toThrow(/--env needs a value/);
    expect(() => parseOptions(['--env', '--dry-run'], env)).toThrow(/--env needs a value/);
    expect(() => parseOptions(['--env', 'bad env!'], env)).toThrow(/not a CloudBase environment id/);
  });

  test('the template-ids file: known keys, WeChat-shaped ids; a typo in a key is refused', () => {
    expect(parseTemplateIds('{"ticket.offered": " qKBbTEvTFxB7ZVR0wYgJbrLp4Hn8mSp "}', 'ids.json')).toEqual({
      'ticket.offered': 'qKBbTEvTFxB7ZVR0wYgJbrLp4Hn8mSp',
    });
    expect(() => parseTemplateIds('{"ticket.offerd": "qKBbTEvTFxB7ZVR0wY"}', 'ids.json')).toThrow(
      /"ticket.offerd" is not a WeChat template key/,
    );
    expect(() => parseTemplateIds('{"ticket.offered": ""}', 'ids.json')).toThrow(/not a WeChat template id/);
    expect(() => parseTemplateIds('[1]', 'ids.json')).toThrow(/expected an object/);
    expect(() => parseTemplateIds('{', 'ids.json')).toThrow(/not JSON/);
  });
});
