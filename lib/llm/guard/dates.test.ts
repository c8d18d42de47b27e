import { describe, expect, it } from 'vitest';
import { careerYears, parseDate } from './dates';

const now = new Date(Date.UTC(2026, 11, 1));

describe('careerYears', () => {
  it('reads years, month/year, month names and "now" in any language', () => {
    expect(parseDate('03/2019', 'start', now)).toEqual({ year: 2019, month: 3 });
    expect(parseDate('März 2019', 'start', now)).toEqual({ year: 2019, month: 3 });
    expect(parseDate('2019', 'end', now)).toEqual({ year: 2019, month: 12 });
    for (const ongoing of ['', 'present', 'heute', "aujourd'hui", 'nu', 'obecnie', 'nykyhetki', 'd.d.']) {
      expect(careerYears([{ start: '2018', end: ongoing }], now)).toBeCloseTo(9, 0);
    }
  });

  it('spans from the first start to the last end, and knows when there are no dates', () => {
    expect(careerYears([{ start: '06/2016', end: '02/2019' }, { start: '03/2019', end: 'present' }], now)).toBeCloseTo(10.6, 1);
    expect(careerYears([{ start: '', end: '' }], now)).toBeNull();
  });
});
