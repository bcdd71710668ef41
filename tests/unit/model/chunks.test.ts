import { joinChunks, splitChunks, utf8Length } from '../../../src/model/chunks';

describe('utf8Length', () => {
  it('counts bytes as UTF-8 does: ASCII 1, kana 3, an emoji 4', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('職種')).toBe(6);
    expect(utf8Length('😀')).toBe(4);
    expect(utf8Length('')).toBe(0);
  });
});

describe('splitChunks / joinChunks', () => {
  const text = JSON.stringify({ title: '修了者フォローアップ調査', items: Array.from({ length: 400 }, (_, i) => `選択肢😀${i}`) });

  it('splits a text into pieces under the byte limit and joins them back exactly', () => {
    const pieces = splitChunks(text, 'w1', 1000, 50);
    expect(pieces).not.toBeNull();
    expect((pieces as string[]).length).toBeGreaterThan(5);
    for (const piece of pieces as string[]) expect(utf8Length(piece)).toBeLessThanOrEqual(1000);
    expect(joinChunks(pieces as string[])).toBe(text);
  });

  it('never splits a surrogate pair', () => {
    const pieces = splitChunks('😀'.repeat(100), 's', 30, 100) as string[];
    expect(pieces.every((piece) => !/[\ud800-\udbff]$/.test(piece))).toBe(true);
    expect(joinChunks(pieces)).toBe('😀'.repeat(100));
  });

  it('refuses a text that needs more pieces than allowed', () => {
    expect(splitChunks(text, 'w1', 1000, 3)).toBeNull();
  });

  it('joins nothing when a piece is missing or comes from another write', () => {
    const first = splitChunks(text, 'w1', 1000, 50) as string[];
    const second = splitChunks(text.replace('修了者', '受講者'), 'w2', 1000, 50) as string[];
    expect(joinChunks(first.slice(0, -1))).toBeNull();
    expect(joinChunks([second[0], ...first.slice(1)])).toBeNull();
    expect(joinChunks([])).toBeNull();
    expect(joinChunks(['not a piece'])).toBeNull();
  });

  it('keeps an empty text as one piece', () => {
    expect(joinChunks(splitChunks('', 'x', 100, 1) as string[])).toBe('');
  });
});
