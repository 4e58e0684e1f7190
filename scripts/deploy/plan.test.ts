// The plan's pure parts: how GetFunction's timers read, what the plan prints for secrets and builds.
import { buildOf, descriptionOf, isSecret, masked, templateIdsValue } from './desired';
import { cronOf } from './plan';

describe('deploy plan', () => {
  test("a timer's cron reads from SCF's TriggerDesc JSON or as given", () => {
    expect(cronOf({ TriggerName: 'run', Type: 'timer', TriggerDesc: '{"cron":"0 * * * * * *"}' })).toBe(
      '0 * * * * * *',
    );
    expect(cronOf({ Name: 'run', Type: 'timer', Config: '0 */10 * * * * *' })).toBe('0 */10 * * * * *');
  });

  test('the build rides in the description, in the characters SCF allows', () => {
    const digest = 'ab'.repeat(32);
    const description = descriptionOf('tickets', digest);
    expect(description).toBe('AfterCare tickets. build abababababababab');
    expect(description).toMatch(/^[A-Za-z0-9 .,]+$/);
    expect(buildOf(description)).toBe('abababababababab');
    expect(buildOf('made in the console')).toBeNull();
  });

  test('secrets are masked; the template ids are not secret; their value is stable whatever the key order', () => {
    expect(isSecret('TRTC_SECRET_KEY')).toBe(true);
    expect(isSecret('TRTC_SDK_APP_ID')).toBe(false);
    expect(isSecret('AFTERCARE_WX_TEMPLATE_IDS')).toBe(false);
    expect(masked('0123456789abcdef')).toBe('••••••cdef');
    expect(masked('short')).toBe('••••••');
    expect(templateIdsValue({ b: '2', a: '1' })).toBe(templateIdsValue({ a: '1', b: '2' }));
  });
});
