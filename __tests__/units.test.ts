import { describe, expect, test } from '@jest/globals';
import { formatMs, parseBoolean, parseCount, parseDuration, parsePercent, parseRate } from '../src/config/units.js';

describe('parseDuration', () => {
  test.each([
    ['250ms', 'ms', 250],
    [250, 'ms', 250],
    ['250', 'ms', 250],
    ['1.5s', 'ms', 1500],
    ['1m30s', 's', 90_000],
    ['1m 30s', 's', 90_000],
    [300, 's', 300_000],
    ['300', 's', 300_000],
    ['2h', 's', 7_200_000],
    ['500us', 'ms', 0.5],
    ['10 sec', 's', 10_000],
    ['5min', 's', 300_000],
  ])('%p (plain unit %s) is %p ms', (input, unit, ms) => {
    expect(parseDuration(input, unit as 'ms' | 's')).toEqual({ ok: true, value: ms });
  });

  test.each([['fast'], ['10 parsecs'], [''], [-5], [null], [[1, 2]], ['ms'], ['5m fast']])('%p is refused with the value quoted', (input) => {
    const parsed = parseDuration(input, 'ms');
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^expected a duration like 250ms, got /);
  });

  test('the error quotes text the way it was written', () => {
    expect(parseDuration('fast', 'ms')).toEqual({ ok: false, error: "expected a duration like 250ms, got 'fast'" });
  });
});

describe('parsePercent', () => {
  test.each([
    ['0.5%', 0.5],
    [0.5, 0.5],
    ['1', 1],
    ['1 %', 1],
    [100, 100],
  ])('%p is %p percent', (input, value) => expect(parsePercent(input)).toEqual({ ok: true, value }));
  test.each([['half'], [150], ['-1%'], ['5%%']])('%p is refused', (input) => expect(parsePercent(input).ok).toBe(false));
});

describe('parseRate', () => {
  test.each([
    ['1000 req/sec', 1000],
    ['1000 req/s', 1000],
    ['1000req/s', 1000],
    ['250 rps', 250],
    ['50/s', 50],
    ['600/min', 10],
    ['120 req/min', 2],
    [75, 75],
    ['12.5', 12.5],
  ])('%p is %p per second', (input, value) => expect(parseRate(input)).toEqual({ ok: true, value }));
  test.each([['lots'], ['100 req/fortnight'], [-1]])('%p is refused', (input) => {
    const parsed = parseRate(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toContain('expected a rate like 1000 req/sec');
  });
});

describe('parseCount and parseBoolean', () => {
  test('counts are whole numbers in range', () => {
    expect(parseCount('50', 1, 10_000)).toEqual({ ok: true, value: 50 });
    expect(parseCount(0, 1, 10_000)).toEqual({ ok: false, error: 'expected a whole number from 1 to 10,000, got 0' });
    expect(parseCount(2.5, 1, 10).ok).toBe(false);
    expect(parseCount('many', 1, 10).ok).toBe(false);
  });
  test('booleans accept the words people type', () => {
    for (const yes of [true, 'true', 'yes', 'on', '1']) expect(parseBoolean(yes)).toEqual({ ok: true, value: true });
    for (const no of [false, 'false', 'no', 'off', '0']) expect(parseBoolean(no)).toEqual({ ok: true, value: false });
    expect(parseBoolean('maybe').ok).toBe(false);
  });
});

describe('formatMs', () => {
  test.each([
    [250, '250ms'],
    [1500, '1500ms'],
    [2000, '2s'],
    [120_000, '2m'],
    [12_345, '12.3s'],
    [0.456, '0.46ms'],
  ])('%p ms prints as %p', (ms, text) => expect(formatMs(ms)).toBe(text));
});
