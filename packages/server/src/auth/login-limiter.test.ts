import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';

describe('LoginLimiter', () => {
  it('allows max attempts in the window, then answers the seconds until the oldest failure leaves it', () => {
    let now = 0;
    const limiter = new LoginLimiter(3, 60, () => new Date(now));
    for (let i = 0; i < 3; i++) {
      expect(limiter.retryAfterS('a|1')).toBe(0);
      limiter.fail('a|1');
      now += 10_000;
    }
    expect(limiter.retryAfterS('a|1')).toBe(30);
    expect(limiter.retryAfterS('b|1')).toBe(0);
    now += 30_001;
    expect(limiter.retryAfterS('a|1')).toBe(0);
  });

  it('forgets a key after a success', () => {
    const limiter = new LoginLimiter(1, 60, () => new Date(0));
    limiter.fail('k');
    expect(limiter.retryAfterS('k')).toBeGreaterThan(0);
    limiter.reset('k');
    expect(limiter.retryAfterS('k')).toBe(0);
  });
});
