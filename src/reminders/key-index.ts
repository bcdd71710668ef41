/**
 * Items by one of their keys (整理番号, address, name). On a roster nearly
 * every key belongs to one person, so an item is kept alone under its key
 * and only a key that several items share gets a list: a list per key would
 * cost a roster of 150,000 people as many arrays.
 */

export interface KeyIndex<T> {
  /** Keys exactly one item has. */
  readonly unique: ReadonlyMap<string, T>;
  /** Keys several items share, each with its items in the order they were given. */
  readonly shared: ReadonlyMap<string, readonly T[]>;
}

/** '' is no key: an item whose key is '' is left out. */
export function indexBy<T>(items: readonly T[], key: (item: T) => string): KeyIndex<T> {
  const unique = new Map<string, T>();
  const shared = new Map<string, T[]>();
  // Indexed loops here and in other passes over a whole roster: for…of costs an iterator step per person until the code is optimised.
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const k = key(item);
    if (k === '') continue;
    const group = shared.get(k);
    if (group) {
      group.push(item);
      continue;
    }
    const other = unique.get(k);
    if (other === undefined) {
      unique.set(k, item);
    } else {
      unique.delete(k);
      shared.set(k, [other, item]);
    }
  }
  return { unique, shared };
}
