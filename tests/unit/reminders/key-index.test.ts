import { indexBy } from '../../../src/reminders/key-index';

describe('indexBy', () => {
  const people = [
    { id: 'A', key: 'x' }, { id: 'B', key: 'y' }, { id: 'C', key: '' }, { id: 'D', key: 'y' }, { id: 'E', key: 'z' }, { id: 'F', key: 'y' },
  ];
  const index = indexBy(people, (person) => person.key);

  it('keeps a key only one item has apart from keys several share, which list their items in order', () => {
    expect([...index.unique].map(([key, person]) => [key, person.id])).toEqual([['x', 'A'], ['z', 'E']]);
    expect([...index.shared].map(([key, group]) => [key, group.map((person) => person.id)])).toEqual([['y', ['B', 'D', 'F']]]);
  });

  it('leaves out items without a key', () => {
    expect(index.unique.has('')).toBe(false);
    expect(index.shared.has('')).toBe(false);
  });
});
