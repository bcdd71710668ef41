/**
 * Whether a share changed between two rounds more than chance would move it:
 * a two-sided test of two independent proportions, at the 5 % level. The
 * two-proportion z-test (pooled proportion) when every expected count is 5
 * or more, Fisher's exact test otherwise (the usual rule for a 2×2 table:
 * the normal approximation is poor for small expected counts).
 */

export type TestName = 'z' | 'fisher';

export interface TestResult {
  readonly test: TestName;
  /** Two-sided. */
  readonly p: number;
  readonly significant: boolean;
}

export const SIGNIFICANCE_LEVEL = 0.05;

/** Expected counts below this send the table to Fisher's exact test. */
const MIN_EXPECTED = 5;

/**
 * `x1` of `n1` in the first round against `x2` of `n2` in the second. Null
 * when a round has nobody to take a share of.
 */
export function compareShares(x1: number, n1: number, x2: number, n2: number): TestResult | null {
  if (n1 <= 0 || n2 <= 0) return null;
  const total = n1 + n2;
  const chosen = x1 + x2;
  const expected = [n1 * chosen, n1 * (total - chosen), n2 * chosen, n2 * (total - chosen)].map((product) => product / total);
  const test: TestName = expected.some((count) => count < MIN_EXPECTED) ? 'fisher' : 'z';
  const p = test === 'z' ? zTest(x1, n1, x2, n2) : fisherExact(x1, n1 - x1, x2, n2 - x2);
  return { test, p, significant: p < SIGNIFICANCE_LEVEL };
}

/** Two-sided p-value of the two-proportion z-test with the pooled proportion. */
export function zTest(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
  // Both rounds all or nothing: no variation, no evidence of a change.
  if (se === 0) return 1;
  const z = Math.abs(x2 / n2 - x1 / n1) / se;
  return Math.min(1, erfc(z / Math.SQRT2));
}

/**
 * Two-sided p-value of Fisher's exact test of the table [[a, b], [c, d]]:
 * the probability, with the margins fixed, of every table no more likely
 * than the one observed (R's fisher.test and SciPy's fisher_exact, with
 * R's relative tolerance for ties).
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  const row1 = a + b;
  const column1 = a + c;
  const total = a + b + c + d;
  const logFactorials = logFactorialTable(total);
  const logTotal = logFactorials[row1] + logFactorials[total - row1] + logFactorials[column1] + logFactorials[total - column1] - logFactorials[total];
  /** Probability of the table whose top-left cell is x, margins as observed. */
  const probability = (x: number) => Math.exp(logTotal
    - logFactorials[x] - logFactorials[row1 - x] - logFactorials[column1 - x] - logFactorials[total - row1 - column1 + x]);
  const observed = probability(a);
  let p = 0;
  for (let x = Math.max(0, row1 + column1 - total); x <= Math.min(row1, column1); x++) {
    const each = probability(x);
    if (each <= observed * (1 + 1e-7)) p += each;
  }
  return Math.min(1, p);
}

function logFactorialTable(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) table[i] = table[i - 1] + Math.log(i);
  return table;
}

/**
 * The complementary error function to about 1e-14: its power series below
 * 3, a continued fraction (evaluated by Lentz's method) from there on.
 */
export function erfc(x: number): number {
  if (x < 0) return 2 - erfc(-x);
  if (x < 3) {
    // erf(x) = 2/√π Σ (-1)^n x^(2n+1) / (n! (2n+1))
    let term = x;
    let sum = x;
    for (let n = 1; n < 200; n++) {
      term *= (-x * x) / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc(x) = exp(-x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 500; n++) {
    const an = n / 2;
    d = x + an * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + an / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / f;
}
