import { ranked } from '../../../src/summary/sheets/highlights';

describe('ranked', () => {
  it('gives tied counts the same place and the next count the place after them all', () => {
    expect(ranked([28, 33, 28, 27, 0])).toEqual([
      { index: 1, rank: 1 }, { index: 0, rank: 2 }, { index: 2, rank: 2 }, { index: 3, rank: 4 }, { index: 4, rank: 5 },
    ]);
    expect(ranked([5, 5, 3]).map((entry) => entry.rank)).toEqual([1, 1, 3]);
  });
});
