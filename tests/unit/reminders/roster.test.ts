import type { CellValue } from '../../../src/model/cells';
import { ROSTER_STATUS } from '../../../src/messages';
import type { Roster } from '../../../src/reminders/roster';
import { readRoster } from '../../../src/reminders/roster';
import { rosterGrid, sampleRoster, TZ } from './sample-data';

function roster(grid: CellValue[][]): Roster {
  const result = readRoster(grid, TZ);
  if (!result.ok) throw new Error(`missing ${result.missing.join(', ')}`);
  return result.roster;
}

describe('readRoster on samples/roster.csv', () => {
  const sample = sampleRoster();

  it('reads the 126 people and finds the columns by their headers', () => {
    expect(sample.entries).toHaveLength(126);
    expect(sample.layout.columns).toEqual({ id: 0, name: 1, email: 2, postal: 6, postcode: null });
    expect(sample.layout.attributes.map((attribute) => attribute.title)).toEqual(['職種', '圏域', '修了年度']);
    expect(sample.layout.statusColumn).toBe(7);
    expect(sample.problems).toEqual([]);
  });

  it('keeps each person\'s attributes for response rates', () => {
    const first = sample.entries[0];
    expect(first).toMatchObject({ row: 2, id: 'C001', email: 'coord001@example.jp', postal: '鳥取県東部市 サンプル町1-1' });
    expect(sample.layout.attributes.map((attribute, index) => [attribute.title, first.attributes[index]])).toEqual([
      ['職種', '相談支援専門員'], ['圏域', '東部圏域'], ['修了年度', '平成30年度'],
    ]);
  });

  it('marks the 10 people without an address', () => {
    expect(sample.entries.filter((entry) => entry.address.kind === 'none')).toHaveLength(10);
    expect(sample.entries.filter((entry) => entry.address.kind === 'ok')).toHaveLength(116);
  });
});

describe('readRoster headers', () => {
  const body = [['7', '山田 花子', 'hanako@example.jp', '鳥取市1-1', '看護師']];

  it.each([
    [['ID', '名前', 'E-mail', '住所', '職種']],
    [['No.', 'お名前', 'メール', '郵送先住所', '職種']],
    [['ＩＤ', '氏　名', 'Ｅメール', '送付先', '職種']],
    [[' 整理番号 ', '氏名（漢字）', 'メールアドレス（勤務先）', '住所（郵送用）', '職種']],
  ])('finds the columns under %j', (header) => {
    const read = roster([header, ...body]);
    expect(read.layout.columns).toMatchObject({ id: 0, name: 1, email: 2, postal: 3 });
    expect(read.entries[0]).toMatchObject({ id: '7', name: '山田 花子', email: 'hanako@example.jp', postal: '鳥取市1-1' });
    expect(read.layout.attributes).toEqual([{ title: '職種', column: 4 }]);
  });

  it('prefers 整理番号 to a No. column beside it, and does not take a furigana column for the name', () => {
    const read = roster([['No.', '整理番号', 'フリガナ', '氏名', 'メール'], ['1', 'C001', 'ヤマダ', '山田', 'a@example.jp']]);
    expect(read.layout.columns).toMatchObject({ id: 1, name: 3, email: 4 });
    expect(read.layout.attributes.map((attribute) => attribute.title)).toEqual(['No.', 'フリガナ']);
  });

  it('finds the header below a title row', () => {
    const read = roster([['2023年度 フォローアップ調査 名簿', '', ''], ['整理番号', '氏名', 'メールアドレス'], ['C001', '山田', 'a@example.jp']]);
    expect(read.layout.headerRow).toBe(1);
    expect(read.entries[0]).toMatchObject({ row: 3, id: 'C001' });
    expect(read.bodyRows).toBe(1);
  });

  it('names the required columns it cannot find', () => {
    expect(readRoster([['番号', '所属', '住所'], ['1', 'x', 'y']], TZ)).toEqual({ ok: false, missing: ['name'] });
    expect(readRoster([], TZ)).toEqual({ ok: false, missing: ['id', 'name'] });
  });

  it('reads a roster without an address column, says so, and leaves everyone to post', () => {
    const read = roster([['整理番号', '氏名', '連絡先'], ['C001', '山田', 'a@example.jp']]);
    expect(read.layout.columns.email).toBeNull();
    expect(read.problems).toEqual([{ kind: 'noEmailColumn' }]);
    expect(read.entries[0].address).toEqual({ kind: 'none' });
  });

  it('reads its own status columns back as neither people data nor attributes, and keeps writing them there', () => {
    const grid = rosterGrid().map((row, index) => [...row, ...(index === 0 ? ROSTER_STATUS.header : ['回答済み', '', 'Web', '']), ...(index === 0 ? ['備考'] : [''])]);
    const read = roster(grid);
    expect(read.layout.statusColumn).toBe(7);
    expect(read.layout.attributes.map((attribute) => attribute.title)).toEqual(['職種', '圏域', '修了年度', '備考']);
  });

  it('puts the status columns right of the last column staff use', () => {
    const read = roster([['整理番号', '氏名', 'メールアドレス', '', '備考', ''], ['C001', '山田', 'a@example.jp', '', '', '']]);
    expect(read.layout.statusColumn).toBe(5);
  });
});

describe('readRoster rows', () => {
  const header = ['整理番号', '氏名', 'メールアドレス', '郵送先'];

  it('skips blank rows but counts them in the height of the sheet', () => {
    const read = roster([header, ['C001', '山田', 'a@example.jp', ''], ['', '', '', ''], ['C002', '田中', '', '米子市']]);
    expect(read.entries.map((entry) => entry.row)).toEqual([2, 4]);
    expect(read.bodyRows).toBe(3);
  });

  it('takes numbers Sheets made of typed 整理番号 as their text', () => {
    const read = roster([header, [7, '山田', 'a@example.jp', ''], [8, '田中', 'b@example.jp', '']]);
    expect(read.entries.map((entry) => entry.id)).toEqual(['7', '8']);
  });

  it('puts a name with a line break on one line', () => {
    const read = roster([header, ['C001', '山田\n花子\r\n', 'a@example.jp', '']]);
    expect(read.entries[0].name).toBe('山田 花子');
  });

  it('folds full-width addresses and surrounding spaces, and flags malformed ones', () => {
    const read = roster([
      header,
      ['C001', 'A', ' ｃｏｏｒｄ００１＠ｅｘａｍｐｌｅ．ｊｐ　', ''],
      ['C002', 'B', 'coord002@example', ''],
      ['C003', 'C', 'coord003@example.jp; other@example.jp', ''],
      ['C004', 'D', '山田 <coord004@example.jp>', ''],
      ['C005', 'E', 'coord005@@example.jp', ''],
      ['C006', 'F', 'coord006@example..jp', ''],
    ]);
    expect(read.entries.map((entry) => entry.address.kind)).toEqual(['ok', 'malformed', 'malformed', 'malformed', 'malformed', 'malformed']);
    expect(read.entries[0].email).toBe('coord001@example.jp');
    expect(read.problems).toContainEqual({ kind: 'malformedAddress', row: 3, id: 'C002', address: 'coord002@example' });
    expect(read.problems.filter((problem) => problem.kind === 'malformedAddress')).toHaveLength(5);
  });

  it('flags an address two people share, whatever its letter case', () => {
    const read = roster([header, ['C001', 'A', 'office@example.jp', ''], ['C002', 'B', 'a@example.jp', ''], ['C003', 'C', 'Office@Example.jp', '']]);
    expect(read.entries.map((entry) => entry.address)).toEqual([
      { kind: 'duplicate', others: ['C003'] }, { kind: 'ok' }, { kind: 'duplicate', others: ['C001'] },
    ]);
    expect(read.problems).toEqual([{ kind: 'duplicateAddress', address: 'office@example.jp', rows: [2, 4], ids: ['C001', 'C003'] }]);
  });

  it('flags duplicate and missing 整理番号, comparing them ignoring width and case', () => {
    const read = roster([header, ['C001', 'A', 'a@example.jp', ''], ['ｃ００１', 'B', 'b@example.jp', ''], ['', 'C', 'c@example.jp', '']]);
    expect(read.entries.map((entry) => entry.idState)).toEqual(['duplicate', 'duplicate', 'missing']);
    expect(read.problems).toEqual(expect.arrayContaining([
      { kind: 'duplicateId', id: 'C001', rows: [2, 3] },
      { kind: 'missingId', rows: [4] },
    ]));
  });

  it('lists duplicate 整理番号 and addresses in the order they first occur down the sheet', () => {
    const read = roster([
      header,
      ['B', '1', 'later@example.jp', ''], ['A', '2', 'first@example.jp', ''], ['A', '3', 'LATER@example.jp', ''],
      ['B', '4', 'First@Example.jp', ''], ['A', '5', '', ''],
    ]);
    expect(read.problems).toEqual([
      { kind: 'duplicateId', id: 'B', rows: [2, 5] },
      { kind: 'duplicateId', id: 'A', rows: [3, 4, 6] },
      { kind: 'duplicateAddress', address: 'later@example.jp', rows: [2, 4], ids: ['B', 'A'] },
      { kind: 'duplicateAddress', address: 'first@example.jp', rows: [3, 5], ids: ['A', 'B'] },
    ]);
  });

  it('does not count a malformed address as a second holder of a good one', () => {
    const read = roster([header, ['C001', 'A', 'office@example.jp', ''], ['C002', 'B', 'office @example.jp', '']]);
    expect(read.entries.map((entry) => entry.address)).toEqual([{ kind: 'ok' }, { kind: 'malformed' }]);
    expect(read.problems).toEqual([{ kind: 'malformedAddress', row: 3, id: 'C002', address: 'office @example.jp' }]);
  });

  it('reads a separate 郵便番号 column and a date cell in the roster\'s time zone', () => {
    const read = roster([
      ['整理番号', '氏名', 'メールアドレス', '〒', '住所', '登録日'],
      ['C001', '山田', '', '680-0011', '鳥取市東町1-1', new Date('2023-04-01T00:00:00+09:00')],
    ]);
    expect(read.entries[0]).toMatchObject({ postcode: '680-0011', postal: '鳥取市東町1-1' });
    expect(read.entries[0].attributes[read.layout.attributes.findIndex((attribute) => attribute.title === '登録日')]).toBe('2023/04/01');
  });
});
