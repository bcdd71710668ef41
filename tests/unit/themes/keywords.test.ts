import { keywordMatches, normalizeAnswer, readKeywords } from '../../../src/themes/keywords';

const matches = (cell: string, answer: string) => readKeywords(cell).keywords.some((keyword) => keywordMatches(keyword, normalizeAnswer(answer)));

describe('keywords as staff type them', () => {
  it('are separated by 、 , ; and line breaks, spaces inside a keyword kept together', () => {
    expect(readKeywords('成長、 感謝,多職種;チーム\n在宅 移行').keywords.map((keyword) => keyword.text)).toEqual(['成長', '感謝', '多職種', 'チーム', '在宅 移行']);
  });

  it('match an answer whatever its width, case, spacing or line breaks', () => {
    expect(matches('ＰＴ', 'pt と連携した')).toBe(true);
    expect(matches('pt', 'ＰＴと連携した')).toBe(true);
    expect(matches('在宅移行', '在宅\n移行を支援した')).toBe(true);
    expect(matches('在宅 移行', '在宅移行を支援した')).toBe(true);
    expect(matches('成長', '家族の感謝')).toBe(false);
  });

  it('may be a /regular expression/, tested on the normalised answer without case, separators inside it kept', () => {
    const { keywords, bad } = readKeywords('感謝、/医療.{0,6}(わから|分から)/、/ＰＴ|ot/');
    expect(bad).toEqual([]);
    expect(keywords.map((keyword) => keyword.kind)).toEqual(['word', 'pattern', 'pattern']);
    expect(matches('/医療.{0,6}(わから|分から)/', '医療のことが 分からない')).toBe(true);
    expect(matches('/医療.{0,6}(わから|分から)/', '医療機関とは連携できた。何をすればよいか分からない')).toBe(false);
    expect(matches('/pt|ot/', 'ＯＴさんに相談した')).toBe(true);
    expect(matches('/a[/]b/', 'a/b')).toBe(true);
  });

  it('refuses a pattern that cannot be read, keeping the other keywords', () => {
    const { keywords, bad } = readKeywords('成長、/(未完/、/医療/です、//、/閉じていない');
    expect(keywords.map((keyword) => keyword.text)).toEqual(['成長']);
    expect(bad).toEqual(['/(未完/', '/医療/です', '//', '/閉じていない']);
  });

  it('ignores empty keywords', () => {
    expect(readKeywords('、 ,成長,,').keywords.map((keyword) => keyword.text)).toEqual(['成長']);
  });
});
