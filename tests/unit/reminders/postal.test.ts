import { matchRoster } from '../../../src/reminders/matching';
import { planReminders } from '../../../src/reminders/plan';
import { postalSheet } from '../../../src/reminders/postal';
import { scheduleOn } from '../../../src/reminders/rounds';
import { NAME_QUESTION_ID, SAMPLE_SETTINGS, sampleRespondents, sampleRoster } from './sample-data';

describe('postalSheet', () => {
  it('lists the 4 sample non-respondents without an address, ready to print', () => {
    const roster = sampleRoster();
    const plan = planReminders(matchRoster(roster, sampleRespondents(), NAME_QUESTION_ID), [], scheduleOn(SAMPLE_SETTINGS, '2023-12-21'));
    const sheet = postalSheet(plan.postal, roster.layout);
    expect(sheet.name).toBe('郵送リマインド');
    expect(sheet.values[0]).toEqual(['整理番号', '氏名', '郵送先', '理由']);
    expect(sheet.values.slice(1).map((row) => row[0])).toEqual(['C028', 'C058', 'C102', 'C112']);
    expect(sheet.values[1]).toEqual(['C028', '岡田 誠', '鳥取県東部市 サンプル町28-1', 'メールアドレスなし']);
  });

  it('adds the 郵便番号 when the roster has one, and says when the postal address is missing', () => {
    const roster = sampleRoster([
      ['整理番号', '氏名', 'メールアドレス', '郵便番号', '住所'],
      ['C001', '山田', 'bad@', '680-0011', '鳥取市東町1-1'],
      ['C002', '田中', '', '', ''],
    ]);
    const plan = planReminders(matchRoster(roster, [], null), [], scheduleOn(SAMPLE_SETTINGS, '2023-12-21'));
    expect(postalSheet(plan.postal, roster.layout).values).toEqual([
      ['整理番号', '氏名', '郵便番号', '郵送先', '理由'],
      ['C001', '山田', '680-0011', '鳥取市東町1-1', 'メールアドレスの形式が正しくない'],
      ['C002', '田中', '', '', 'メールアドレスなし。郵送先が名簿にありません'],
    ]);
  });
});
