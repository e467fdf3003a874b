/**
 * The tools' environment (lib/preflight/private/tools.ts); running the tools is tested through the checks.
 */
import { withSbin } from '../../../lib/preflight/private/tools';

describe('withSbin', () => {
  test('adds the sbin directories missing from PATH, at the end, and keeps the rest of the environment', () => {
    expect(withSbin({ PATH: '/usr/bin:/usr/sbin:/bin', HOME: '/home/u' })).toEqual({ PATH: '/usr/bin:/usr/sbin:/bin:/usr/local/sbin:/sbin', HOME: '/home/u' });
    expect(withSbin({}).PATH).toBe('/usr/local/sbin:/usr/sbin:/sbin');
    expect(withSbin({ PATH: '::/opt/bin:' }).PATH).toBe('/opt/bin:/usr/local/sbin:/usr/sbin:/sbin');
  });

  test('does not change the environment it is given', () => {
    const env = { PATH: '/usr/bin' };
    withSbin(env);
    expect(env).toEqual({ PATH: '/usr/bin' });
  });
});
