import { describe, expect, it } from 'vitest';
import { cpuSlowdownFor } from '../../scripts/lib/cpu-slowdown';

describe('the audit’s CPU slowdown follows Lighthouse’s calibration table', () => {
  it.each([
    [2800, 4, 'high-end desktop'],
    [1500, 4, 'high-end desktop'],
    [1499, 2, 'low-end desktop'],
    [1114, 2, 'low-end desktop'],
    [1000, 2, 'low-end desktop'],
    [900, 2, 'high-end mobile'],
    [799, 1, 'mid-tier mobile'],
    [60, 1, 'low-end mobile'],
  ])('a host with benchmark index %i runs at %i× (%s)', (index, multiplier, hostClass) => {
    expect(cpuSlowdownFor(index)).toEqual({ multiplier, hostClass });
  });

  it('refuses a report without a benchmark index instead of guessing', () => {
    expect(() => cpuSlowdownFor(Number.NaN)).toThrow(/benchmark index/);
    expect(() => cpuSlowdownFor(0)).toThrow(/benchmark index/);
  });
});
