/**
 * How much Lighthouse should slow this host's CPU down to stand for a mid-tier phone, read from
 * Lighthouse's own calibration table ("Calibrating the CPU slowdown" in docs/throttling.md,
 * https://github.com/GoogleChrome/lighthouse/blob/main/docs/throttling.md). The host is classed by
 * the `benchmarkIndex` every Lighthouse report carries in `environment`; the multiplier is the one
 * the table suggests for emulating a mid-tier mobile (Moto G4 class) from that class:
 *
 * | host class       | benchmarkIndex | multiplier |
 * | ---------------- | -------------- | ---------- |
 * | high-end desktop | 1500–2000      | 4×         |  Lighthouse's default
 * | low-end desktop  | 1000–1500      | 2×         |
 * | high-end mobile  | 800–1200       | 2×         |
 * | mid-tier mobile  | 125–800        | 1×         |
 *
 * A faster host than the table's high-end desktop keeps 4× (the default the table is built around);
 * a host slower than a mid-tier phone cannot be made to stand for one and runs at 1×.
 */
export interface CpuSlowdown {
  multiplier: number;
  hostClass: string;
}

const brackets: { from: number; hostClass: string; multiplier: number }[] = [
  { from: 1500, hostClass: 'high-end desktop', multiplier: 4 },
  { from: 1000, hostClass: 'low-end desktop', multiplier: 2 },
  { from: 800, hostClass: 'high-end mobile', multiplier: 2 },
  { from: 125, hostClass: 'mid-tier mobile', multiplier: 1 },
  { from: -Infinity, hostClass: 'low-end mobile', multiplier: 1 },
];

export function cpuSlowdownFor(benchmarkIndex: number): CpuSlowdown {
  if (!Number.isFinite(benchmarkIndex) || benchmarkIndex <= 0)
    throw new Error(`Lighthouse reported no usable benchmark index (${benchmarkIndex})`);
  const { hostClass, multiplier } = brackets.find((bracket) => benchmarkIndex >= bracket.from)!;
  return { hostClass, multiplier };
}
