import { ROSTER_STATUS } from '../../../src/messages';
import { matchRoster } from '../../../src/reminders/matching';
import { statusBlock } from '../../../src/reminders/status';
import { NAME_QUESTION_ID, paperAnswer, sampleRespondents, sampleRoster, webAnswer } from './sample-data';

describe('statusBlock on the sample round', () => {
  const roster = sampleRoster();
  const block = statusBlock(roster, matchRoster(roster, sampleRespondents(), NAME_QUESTION_ID));

  it('sits right of the roster with a header and one row per roster row, for one setValues', () => {
    expect(block.row).toBe(1);
    expect(block.column).toBe(8);
    expect(block.values).toHaveLength(127);
    expect(block.values[0]).toEqual(ROSTER_STATUS.header);
    expect(block.values.every((row) => row.length === 4)).toBe(true);
    expect(block.formats.map((row) => row.length)).toEqual(block.values.map((row) => row.length));
  });

  it('counts 82 回答済み (70 Web, 12 郵送) and 44 未回答', () => {
    const labels = block.values.slice(1).map((row) => row[0]);
    expect(labels.filter((label) => label === '回答済み')).toHaveLength(82);
    expect(labels.filter((label) => label === '未回答')).toHaveLength(44);
    const channels = block.values.slice(1).map((row) => row[2]);
    expect(channels.filter((channel) => channel === 'Web')).toHaveLength(70);
    expect(channels.filter((channel) => channel === '郵送')).toHaveLength(12);
  });

  it('shows the day of the first answer as a date cell', () => {
    const answered = block.values.slice(1).filter((row) => row[0] === '回答済み');
    expect(answered.every((row) => row[1] instanceof Date)).toBe(true);
    expect(block.formats[1][1]).toBe('date');
  });

  it('says why a non-respondent without an address gets post', () => {
    const postal = block.values.slice(1).filter((row) => row[0] === '未回答' && row[3] === ROSTER_STATUS.byPost(ROSTER_STATUS.noAddress));
    expect(postal).toHaveLength(4);
  });
});

describe('statusBlock notes', () => {
  const header = ['整理番号', '氏名', 'メールアドレス', '備考'];

  it('leaves blank roster rows blank and flags what staff must resolve', () => {
    const roster = sampleRoster([
      header,
      ['C001', '佐藤 愛', 'a@example.jp', ''],
      ['', '', '', ''],
      ['C002', '佐藤愛', 'b@example', ''],
      ['C003', '田中', 'A@example.jp', ''],
      ['C004', '鈴木', '', ''],
    ]);
    const answer = webAnswer('x@example.com', '佐藤　愛', 5);
    const webDay = new Date('2023-12-05T01:00:00Z');
    const paper = paperAnswer('C004', '', 3, new Date('2023-12-10T00:00:00Z'));
    const block = statusBlock(roster, matchRoster(roster, [answer, paper, webAnswer('other@example.com', '鈴木', 4, webDay)], NAME_QUESTION_ID));
    expect(block.column).toBe(5);
    expect(block.values.slice(1)).toEqual([
      ['要確認', '', '', 'フォームの回答の5行目が C001・C002 のどなたのものか判別できません（同じ氏名）／メールアドレスが C003 と同じです'],
      ['', '', '', ''],
      ['要確認', '', '', 'フォームの回答の5行目が C001・C002 のどなたのものか判別できません（同じ氏名）／メールアドレスの形式が正しくありません'],
      ['未回答', '', '', 'メールアドレスが C001 と同じです（郵送でリマインド）'],
      ['回答済み', webDay, 'Web・郵送', '氏名で照合／回答が2件あります'],
    ]);
  });

  it('puts each person on their own sheet row below a title row, with blank rows before and after', () => {
    const roster = sampleRoster([
      ['名簿 2023年度'],
      header,
      ['', '', '', ''],
      ['C001', '佐藤 愛', 'a@example.jp', ''],
      ['C002', '田中', 'b@example.jp', ''],
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    const block = statusBlock(roster, matchRoster(roster, [webAnswer('b@example.jp')], NAME_QUESTION_ID));
    expect(block.row).toBe(2);
    expect(block.values.map((row) => row[0])).toEqual([ROSTER_STATUS.header[0], '', '未回答', '回答済み', '', '']);
    expect(block.formats).toHaveLength(6);
  });
});
