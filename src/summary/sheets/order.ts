import type { OptionOrder } from '../../settings/settings';

/** Option indexes in the order staff chose: the form's, or most-chosen first (ties keep form order). */
export function optionOrder(counts: readonly number[], order: OptionOrder): number[] {
  const indexes = counts.map((_, index) => index);
  return order === 'count' ? indexes.sort((a, b) => counts[b] - counts[a] || a - b) : indexes;
}
