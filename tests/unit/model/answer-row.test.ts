import type { FieldAnswer } from '../../../src/model/cells';
import { FieldSlots } from '../../../src/model/answer-row';

const yes: FieldAnswer = { kind: 'choice', selected: [0], other: null };
const text: FieldAnswer = { kind: 'text', text: '良かった' };

describe('AnswerRow', () => {
  const slots = new FieldSlots(['a', 'b', 'c']);
  const row = slots.row();
  row.set(0, yes);
  row.set(2, text);

  it('reads like a Map of the answers given, in field order, blanks left out', () => {
    expect(row.size).toBe(2);
    expect(row.get('a')).toBe(yes);
    expect(row.get('b')).toBeUndefined();
    expect(row.get('zzz')).toBeUndefined();
    expect(row.has('c')).toBe(true);
    expect([...row]).toEqual([['a', yes], ['c', text]]);
    expect([...row.keys()]).toEqual(['a', 'c']);
    expect(new Map(row)).toEqual(new Map<string, FieldAnswer>([['a', yes], ['c', text]]));
    const seen: string[] = [];
    row.forEach((_, id) => seen.push(id));
    expect(seen).toEqual(['a', 'c']);
  });

  it('keeps each row apart while sharing the field index', () => {
    const other = slots.row();
    other.set(1, text);
    expect(other.get('b')).toBe(text);
    expect(row.get('b')).toBeUndefined();
  });
});
