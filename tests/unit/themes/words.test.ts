import { frequentWords, MAX_ANSWERS } from '../../../src/themes/words';

const QUESTION = '支援に携わったときに困難だと感じたこと';

describe('the words uncoded answers share, as keyword candidates', () => {
  const answers = [
    '社会資源が少ないこと。',
    '医療的ケア児を受け入れる事業所が少ない。',
    '多職種との連携が難しい。',
    '多職種で集まる機会がない。',
    '支援に携わるとき、医療的ケア児の家族と話すのが困難だと感じた。',
    '特になし',
  ];
  const { words, read } = frequentWords(answers, QUESTION);
  const counted = Object.fromEntries(words.map((word) => [word.word, word.answers]));

  it('counts each word once per answer it is in, those in two answers at least', () => {
    expect(read).toBe(6);
    expect(counted['少ない']).toBe(2);
    expect(counted['社会資源']).toBeUndefined();
  });

  it('joins nouns cut apart into the phrase people wrote, and leaves out a part never seen alone', () => {
    expect(counted['多職種']).toBe(2);
    expect(counted['職種']).toBeUndefined();
    expect(counted['医療的ケア児']).toBe(2);
    expect(counted['ケア']).toBeUndefined();
  });

  it("leaves out particles, words too common to help and the question's own words", () => {
    for (const word of ['の', 'が', 'こと', '支援', '困難', '感じ']) expect(counted[word]).toBeUndefined();
  });

  it('lists the most frequent first', () => {
    expect(words.map((word) => word.answers)).toEqual([...words.map((word) => word.answers)].sort((a, b) => b - a));
  });

  it(`reads at most ${MAX_ANSWERS} answers, and says how many it read`, () => {
    const many = Array.from({ length: MAX_ANSWERS + 10 }, () => '事業所が少ない');
    expect(frequentWords(many, QUESTION).read).toBe(MAX_ANSWERS);
    expect(frequentWords(many, QUESTION).words[0]).toEqual({ word: '事業所', answers: MAX_ANSWERS });
  });
});
