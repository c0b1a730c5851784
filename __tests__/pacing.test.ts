import { describe, expect, test } from '@jest/globals';
import type { Segment } from '../src/config/plan.js';
import { ArrivalSchedule, arrivalsBy, totalDurationMs, usersAt, valueAt } from '../src/pacing/profile.js';
import { buildProfile } from '../src/pacing/shapes.js';

const constant = (level: number, ms: number): Segment[] => [{ durationMs: ms, from: level, to: level }];
const ramp: Segment[] = [
  { durationMs: 10_000, from: 0, to: 100 },
  { durationMs: 10_000, from: 100, to: 100 },
];

function arrivals(profile: Segment[]): number[] {
  const schedule = new ArrivalSchedule(profile);
  const times: number[] = [];
  for (let t = schedule.nextArrivalMs(); t !== null; t = schedule.nextArrivalMs()) times.push(t);
  return times;
}

describe('levels over time', () => {
  test.each([
    [ramp, 0, 0],
    [ramp, 5_000, 50],
    [ramp, 9_999, 99.99],
    [ramp, 15_000, 100],
    [ramp, 99_000, 100],
    [[{ durationMs: 10_000, from: 100, to: 0 }], 2_500, 75],
  ])('valueAt(profile, %p ms) … ', (profile, t, level) => {
    expect(valueAt(profile as Segment[], t)).toBeCloseTo(level, 6);
  });

  test('user k starts when the level reaches k', () => {
    expect([0, 99, 100, 199, 5_000, 9_999, 10_000].map((t) => usersAt(ramp, t))).toEqual([0, 0, 1, 1, 50, 99, 100]);
  });

  test('arrivalsBy integrates the rate', () => {
    expect(arrivalsBy(constant(100, 10_000), 2_500)).toBeCloseTo(250, 9);
    expect(arrivalsBy(ramp, 10_000)).toBeCloseTo(500, 9);
    expect(arrivalsBy(ramp, 20_000)).toBeCloseTo(1500, 9);
    expect(arrivalsBy(ramp, 99_999)).toBeCloseTo(1500, 9);
    expect(totalDurationMs(ramp)).toBe(20_000);
  });
});

describe('ArrivalSchedule', () => {
  test('a constant rate spaces arrivals evenly', () => {
    const times = arrivals(constant(100, 1_000));
    expect(times).toHaveLength(100);
    times.forEach((t, i) => expect(t).toBeCloseTo(i * 10, 9));
  });

  test('a ramp packs arrivals closer as the rate grows, and their count matches the integral', () => {
    const times = arrivals(ramp);
    expect(times).toHaveLength(1500);
    // On the ramp, rate(t) = 10·t/s, so arrival k is due when 5·t² = k: t = √(k/5) seconds.
    for (const k of [1, 10, 100, 499]) expect(times[k]).toBeCloseTo(Math.sqrt(k / 5) * 1000, 6);
    const gaps = times.slice(1).map((t, i) => t - times[i]);
    expect(gaps[10]).toBeGreaterThan(gaps[400]);
    expect(gaps[1400]).toBeCloseTo(10, 6);
  });

  test('a falling rate and a zero-length jump stay exact', () => {
    const times = arrivals([
      { durationMs: 0, from: 0, to: 50 },
      { durationMs: 2_000, from: 50, to: 0 },
    ]);
    expect(times).toHaveLength(50);
    expect(times[0]).toBe(0);
    expect(times[49]).toBeLessThan(2_000);
    // Cumulative arrivals follow 50t − 12.5t²: half of them are in by t = 2 − √2 s.
    expect(times[25]).toBeCloseTo((2 - Math.sqrt(2)) * 1000, 6);
  });

  test('a zero rate schedules nothing and ends', () => {
    expect(arrivals(constant(0, 5_000))).toEqual([]);
  });
});

describe('load patterns as profiles', () => {
  const base = { durationMs: 60_000, concurrency: 50, rate: 200, rampUpMs: 30_000, stages: [] };
  test.each([
    ['closed sustained', { ...base, model: 'closed', pattern: 'sustained' }, [{ durationMs: 60_000, from: 50, to: 50 }]],
    ['closed burst holds the level', { ...base, model: 'closed', pattern: 'burst' }, [{ durationMs: 60_000, from: 50, to: 50 }]],
    ['closed ramp-up', { ...base, model: 'closed', pattern: 'ramp-up' }, [{ durationMs: 30_000, from: 0, to: 50 }, { durationMs: 30_000, from: 50, to: 50 }]],
    ['open ramp-up climbs to the rate', { ...base, model: 'open', pattern: 'ramp-up' }, [{ durationMs: 30_000, from: 0, to: 200 }, { durationMs: 30_000, from: 200, to: 200 }]],
    ['stages from 0', { ...base, model: 'closed', pattern: 'stages', stages: [{ durationMs: 5_000, target: 10 }, { durationMs: 5_000, target: 0 }] }, [{ durationMs: 5_000, from: 0, to: 10 }, { durationMs: 5_000, from: 10, to: 0 }]],
  ])('%s', (_, input, profile) => {
    expect(buildProfile(input as never)).toEqual(profile);
  });
});
