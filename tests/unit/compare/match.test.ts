import type { QuestionShape } from '../../../src/compare/match';
import { matchOptions, matchQuestions, titleKey } from '../../../src/compare/match';

const YES_NO = ['はい', 'いいえ'];
const choice = (title: string, options: readonly string[] = ['A', 'B', 'C']): QuestionShape => ({ title, options });
const text = (title: string): QuestionShape => ({ title, options: null });

describe('titleKey', () => {
  test('sets aside leading numbering in any style, width and spacing', () => {
    const key = titleKey('職種');
    for (const title of ['② 職種', '②職種', 'Q3. 職種', 'q3 職種', '(3) 職種', '（３）職種', '問3 職種', '3. 職種', '職 種', 'Ｑ１２．職種']) expect(titleKey(title)).toBe(key);
    expect(titleKey('⑤-1) 支援の内容')).toBe(titleKey('Q4-1. 支援の内容'));
    expect(titleKey('⑤－１）支援の内容')).toBe(titleKey('支援の内容'));
  });

  test('keeps numbers that are part of the words', () => {
    expect(titleKey('2024年の研修')).toBe('2024年の研修');
    expect(titleKey('10人以上の職場')).not.toBe(titleKey('人以上の職場'));
  });
});

describe('matchQuestions', () => {
  test('pairs renumbered titles and lists the questions only one round has', () => {
    const previous = [text('① 氏名'), choice('② 職種'), choice('④ 修了年度', ['H30', 'R1']), choice('⑤ 支援しましたか', YES_NO), choice('⑤-1) 支援の内容', ['X', 'Y', 'Z'])];
    const current = [text('Q1. 氏名'), choice('Q2. 職種'), choice('Q4. 支援しましたか', YES_NO), choice('Q4-1. 支援の内容', ['X', 'Y', 'Z', 'W']), choice('Q8. 相談窓口', ['何度も', '一度', 'ない'])];
    const matching = matchQuestions(current, previous, []);
    expect(matching.pairs.map((pair) => [pair.current, pair.previous, pair.by])).toEqual([
      ['Q1. 氏名', '① 氏名', 'title'],
      ['Q2. 職種', '② 職種', 'title'],
      ['Q4. 支援しましたか', '⑤ 支援しましたか', 'title'],
      ['Q4-1. 支援の内容', '⑤-1) 支援の内容', 'title'],
    ]);
    expect(matching.onlyCurrent).toEqual(['Q8. 相談窓口']);
    expect(matching.onlyPrevious).toEqual(['④ 修了年度']);
    expect(matching.ambiguous).toEqual([]);
  });

  test('pairs a reworded question by its option set, when no other question of either round has that set', () => {
    const previous = [choice('③ 勤務先のある圏域', ['東部', '中部', '西部'])];
    const current = [choice('Q3. 勤務先の圏域を選んでください', ['西部', '中部 ', '東部'])];
    const matching = matchQuestions(current, previous, []);
    expect(matching.pairs).toEqual([{ current: 'Q3. 勤務先の圏域を選んでください', previous: '③ 勤務先のある圏域', by: 'options' }]);
    expect([matching.onlyCurrent, matching.onlyPrevious]).toEqual([[], []]);
  });

  test('refuses to guess when several questions share a title or an option set, and says which', () => {
    // ⑥ was reworded; both rounds have two yes/no questions, so the option set says nothing.
    const previous = [choice('⑤ 支援しましたか', YES_NO), choice('⑥ 研修会に参加しましたか', YES_NO)];
    const current = [choice('Q4. 支援しましたか', YES_NO), choice('Q5. 講演会に参加しましたか', YES_NO)];
    const matching = matchQuestions(current, previous, []);
    expect(matching.pairs.map((pair) => pair.current)).toEqual(['Q4. 支援しましたか']);
    expect(matching.onlyCurrent).toEqual(['Q5. 講演会に参加しましたか']);
    expect(matching.onlyPrevious).toEqual(['⑥ 研修会に参加しましたか']);
    expect(matching.ambiguous).toEqual([{ by: 'options', current: ['Q5. 講演会に参加しましたか'], previous: ['⑥ 研修会に参加しましたか'] }]);

    // Two questions of this round with the same title: neither is paired with the one of the last round.
    const twice = matchQuestions([choice('Q1. 満足度'), choice('Q9. 満足度', ['X', 'Y'])], [choice('① 満足度', ['P', 'Q'])], []);
    expect(twice.pairs).toEqual([]);
    expect(twice.ambiguous).toEqual([{ by: 'title', current: ['Q1. 満足度', 'Q9. 満足度'], previous: ['① 満足度'] }]);
  });

  test('never pairs free-text questions by their (absent) options', () => {
    const matching = matchQuestions([text('Q9. ご意見')], [text('⑧-1) 要望')], []);
    expect(matching.pairs).toEqual([]);
  });

  test("follows staff's pairs in 設定 first: they settle ambiguity, override a title match, and leave a question out", () => {
    const previous = [choice('⑤ 支援しましたか', YES_NO), choice('⑥ 研修会に参加しましたか', YES_NO), choice('⑦ 満足度'), choice('⑧ 旧設問')];
    const current = [choice('Q4. 支援しましたか', YES_NO), choice('Q5. 講演会に参加しましたか', YES_NO), choice('Q6. 満足度'), choice('Q7. 総合満足度')];
    const matching = matchQuestions(current, previous, [
      // By number alone, in another style than the file's.
      { row: 20, previous: '⑥', current: 'Q5. 講演会に参加しましたか' },
      // The title matches Q6, but staff say the new overall question continues it.
      { row: 21, previous: '⑦ 満足度', current: 'Q7. 総合満足度' },
      { row: 22, previous: '⑧旧設問', current: null },
      { row: 23, previous: '⑨ ない設問', current: 'Q6. 満足度' },
      { row: 24, previous: '⑥', current: 'Q6. 満足度' },
    ]);
    expect(matching.pairs.map((pair) => [pair.current, pair.previous, pair.by])).toEqual([
      ['Q4. 支援しましたか', '⑤ 支援しましたか', 'title'],
      ['Q5. 講演会に参加しましたか', '⑥ 研修会に参加しましたか', 'setting'],
      ['Q7. 総合満足度', '⑦ 満足度', 'setting'],
    ]);
    expect(matching.onlyCurrent).toEqual(['Q6. 満足度']);
    expect(matching.onlyPrevious).toEqual([]);
    expect(matching.leftOut).toEqual(['⑧ 旧設問']);
    expect(matching.problems).toEqual([
      { kind: 'unknownPrevious', row: 23, previous: '⑨ ない設問' },
      { kind: 'repeatedPair', row: 24, question: '⑥ 研修会に参加しましたか' },
    ]);
  });

  test("pairs a grid's rows when staff pair the grid question", () => {
    const previous = [choice('⑨ 評価 [第1回]'), choice('⑨ 評価 [第2回]')];
    const current = [choice('Q9. 各回の評価 [第1回]'), choice('Q9. 各回の評価 [第2回]')];
    const matching = matchQuestions(current, previous, [{ row: 2, previous: '⑨ 評価', current: 'Q9. 各回の評価' }]);
    expect(matching.pairs.map((pair) => [pair.current, pair.previous])).toEqual([
      ['Q9. 各回の評価 [第1回]', '⑨ 評価 [第1回]'],
      ['Q9. 各回の評価 [第2回]', '⑨ 評価 [第2回]'],
    ]);
  });
});

describe('matchOptions', () => {
  test("matches options by text, this round's order first, each unmatched option on a row of its own", () => {
    expect(matchOptions(['フォローアップ研修', 'ＳＮＳ 発信', 'オンライン交流会'], ['SNS発信', 'フォローアップ研修', '郵送での案内']).rows).toEqual([
      { current: 'フォローアップ研修', previous: 'フォローアップ研修' },
      { current: 'ＳＮＳ 発信', previous: 'SNS発信' },
      { current: 'オンライン交流会', previous: null },
      { current: null, previous: '郵送での案内' },
    ]);
  });
});
