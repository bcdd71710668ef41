import { compareShares, erfc, fisherExact, zTest } from '../../../src/compare/stats';

describe("Fisher's exact test (two-sided)", () => {
  test('matches published p-values of 2×2 tables', () => {
    // SciPy's reference, scipy.stats.fisher_exact, example "whales and sharks"
    // (https://docs.scipy.org/doc/scipy/reference/generated/scipy.stats.fisher_exact.html):
    // [[8, 2], [1, 5]] → pvalue 0.0349650… (= 5/143).
    expect(fisherExact(8, 2, 1, 5)).toBeCloseTo(5 / 143, 12);
    // Wikipedia, "Fisher's exact test", the example of men and women dieting
    // (https://en.wikipedia.org/wiki/Fisher%27s_exact_test): [[1, 9], [11, 3]],
    // two-tailed p ≈ 0.002759 (also QI Macros' worked example, p = 0.00276).
    expect(fisherExact(1, 9, 11, 3)).toBeCloseTo(0.002759456, 8);
    // Fisher's lady tasting tea (R's ?fisher.test, TeaTasting): [[3, 1], [1, 3]], two-sided p = 0.4857 (= 17/35).
    expect(fisherExact(3, 1, 1, 3)).toBeCloseTo(17 / 35, 12);
  });

  test('counts tables as likely as the observed one, whichever way round the table is written', () => {
    expect(fisherExact(2, 8, 8, 2)).toBeCloseTo(fisherExact(8, 2, 2, 8), 12);
    expect(fisherExact(5, 5, 5, 5)).toBeCloseTo(1, 12);
    expect(fisherExact(0, 10, 0, 10)).toBeCloseTo(1, 12);
  });
});

describe('two-proportion z-test (pooled, two-sided)', () => {
  test("matches statsmodels' published example", () => {
    // statsmodels.stats.proportion.proportions_ztest, Examples
    // (https://www.statsmodels.org/stable/generated/statsmodels.stats.proportion.proportions_ztest.html):
    // count [5, 12], nobs [83, 99] → pval 0.159.
    expect(zTest(5, 83, 12, 99)).toBeCloseTo(0.159, 3);
    // The same by hand: pooled 17/182, z = 1.40783, p = 2(1 − Φ(1.40783)) = 0.159181.
    expect(zTest(5, 83, 12, 99)).toBeCloseTo(0.159181, 6);
  });

  test('is symmetric and says no change when both rounds are all or nothing', () => {
    expect(zTest(40, 80, 20, 80)).toBeCloseTo(zTest(20, 80, 40, 80), 12);
    expect(zTest(0, 80, 0, 85)).toBe(1);
    expect(zTest(80, 80, 85, 85)).toBe(1);
  });
});

describe('erfc', () => {
  test('is accurate on both sides of the switch to the continued fraction', () => {
    expect(erfc(0)).toBe(1);
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 14);
    expect(erfc(1)).toBeCloseTo(0.15729920705028513, 14);
    expect(erfc(1.959963984540054 / Math.SQRT2)).toBeCloseTo(0.05, 12);
    expect(erfc(3) / 2.209049699858544e-5).toBeCloseTo(1, 12);
    expect(erfc(5) / 1.5374597944280349e-12).toBeCloseTo(1, 12);
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 14);
  });
});

describe('compareShares', () => {
  test('uses the z-test when every expected count is 5 or more, Fisher below, and marks p < 0.05', () => {
    // 58 of 82 against 40 of 85: expected counts are all over 20.
    expect(compareShares(58, 82, 40, 85)).toEqual({ test: 'z', p: zTest(58, 82, 40, 85), significant: true });
    // A rare option: 2 of 82 against 9 of 85 expects 5.4 and 5.6 chosen… and 76.6 and 79.4 not: still z.
    expect(compareShares(2, 82, 9, 85)?.test).toBe('z');
    // 1 of 82 against 6 of 85 expects 3.4 chosen in the first round: Fisher.
    const rare = compareShares(1, 82, 6, 85);
    expect(rare).toEqual({ test: 'fisher', p: fisherExact(1, 81, 6, 79), significant: false });
    expect(compareShares(30, 82, 35, 85)?.significant).toBe(false);
  });

  test('gives no test when a round has nobody to take a share of', () => {
    expect(compareShares(0, 0, 3, 85)).toBeNull();
  });
});
