// Weighted choice of the next endpoint: a cumulative table and a binary search, O(log n) per pick.

export class WeightedPicker {
  private readonly cumulative: Float64Array;

  /** weights must be non-negative with a positive sum; they need not sum to 1. */
  constructor(weights: readonly number[]) {
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((weight, i) => {
      sum += weight;
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new Error('WeightedPicker needs a positive total weight');
    for (let i = 0; i < weights.length; i++) this.cumulative[i] /= sum;
  }

  /** pick maps a uniform number in [0, 1) to an index, each index with probability weight / total. */
  pick(u: number): number {
    const c = this.cumulative;
    let low = 0;
    let high = c.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (u < c[mid]) high = mid;
      else low = mid + 1;
    }
    return low;
  }
}
