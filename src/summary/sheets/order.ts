import type { Field, Survey } from '../../model/survey';
import { fieldsOf } from '../../model/survey';
import { matchKey } from '../../model/text';
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

/** The first year of each Japanese era: 平成30年 is 2018, 令和元年 2019. */
const ERA_START: Readonly<Record<string, number>> = { 明治: 1868, 大正: 1912, 昭和: 1926, 平成: 1989, 令和: 2019 };
const ERA_YEAR = /(明治|大正|昭和|平成|令和)(元|\d+)/g;

/** A label as runs of text and numbers, era years as Western years, full-width digits as digits. */
function naturalKey(label: string): Array<string | number> {
  const text = label.normalize('NFKC').replace(ERA_YEAR, (_, era: string, year: string) => String(ERA_START[era] + (year === '元' ? 1 : Number(year)) - 1));
  return text.split(/(\d+)/).filter((part) => part !== '').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * Labels in the order people count them: numbers by value (2 before 10),
 * Japanese era years by date (平成30年度, 令和元年度, 令和2年度), the rest
 * as text; an empty label last.
 */
export function naturalCompare(a: string, b: string): number {
  if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
  const [keyA, keyB] = [naturalKey(a), naturalKey(b)];
  for (let i = 0; i < Math.min(keyA.length, keyB.length); i++) {
    const [x, y] = [keyA[i], keyB[i]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    if (typeof x === 'number') return -1;
    if (typeof y === 'number') return 1;
    return x < y ? -1 : 1;
  }
  return keyA.length - keyB.length;
}

/**
 * The values of a roster attribute (職種, 圏域, 修了年度) in the order the form
 * lists them, when a choice question offers most of them (one whose title
 * ends with the attribute's name first, else the one offering the most);
 * otherwise in natural order. Values no option names come after, in natural
 * order, and the empty one last.
 */
export function attributeOrder(survey: Survey, title: string, labels: readonly string[]): string[] {
  const wanted = labels.filter((label) => label !== '').map(matchKey);
  const offers = fieldsOf(survey.questions).flatMap((field) => {
    if (field.kind !== 'choice') return [];
    const options = field.options.map(matchKey);
    const offered = wanted.filter((label) => options.includes(label)).length;
    return offered * 2 > wanted.length ? [{ field, options, offered }] : [];
  });
  const chosen = offers.find(({ field }) => matchKey(field.title).endsWith(matchKey(title)))
    ?? offers.reduce<(typeof offers)[number] | undefined>((best, offer) => (!best || offer.offered > best.offered ? offer : best), undefined);
  const position = (label: string) => {
    const at = chosen ? chosen.options.indexOf(matchKey(label)) : -1;
    return at < 0 ? Number.POSITIVE_INFINITY : at;
  };
  return [...labels].sort((a, b) => {
    if ((a === '') !== (b === '')) return a === '' ? 1 : -1;
    const [x, y] = [position(a), position(b)];
    return x !== y ? (x < y ? -1 : 1) : naturalCompare(a, b);
  });
}
