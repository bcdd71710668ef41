import type { Field, Survey } from '../../model/survey';
import { fieldsOf } from '../../model/survey';
import type { OptionOrder } from '../../settings/settings';

/** Option indexes in the order staff chose: the form's, or most-chosen first (ties keep form order). */
export function optionOrder(counts: readonly number[], order: OptionOrder): number[] {
  const indexes = counts.map((_, index) => index);
  return order === 'count' ? indexes.sort((a, b) => counts[b] - counts[a] || a - b) : indexes;
}

/** Entries sorted by where their field sits in the form: a sheet lists what the summary keeps apart. */
export function inFormOrder<T>(survey: Survey, entries: readonly T[], fieldOf: (entry: T) => Field): T[] {
  const position = new Map(fieldsOf(survey.questions).map((field, index) => [field.id, index]));
  const at = (entry: T) => position.get(fieldOf(entry).id) ?? position.size;
  return [...entries].sort((a, b) => at(a) - at(b));
}
