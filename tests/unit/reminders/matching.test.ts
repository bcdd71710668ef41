import type { CellValue } from '../../../src/model/cells';
import type { PersonStatus, RosterMatch } from '../../../src/reminders/matching';
import { matchRoster, responseFigures } from '../../../src/reminders/matching';
import { statusBlock } from '../../../src/reminders/status';
import {
  NAME_QUESTION_ID, paperAnswer, sampleRespondents, sampleRoster, webAnswer,
} from './sample-data';

const header = ['整理番号', '氏名', 'メールアドレス'];

function rosterOf(rows: CellValue[][]) {
  return sampleRoster([header, ...rows]);
}

function statusOf(match: RosterMatch, id: string): PersonStatus {
  const person = match.people.find((candidate) => candidate.entry.id === id);
  if (!person) throw new Error(`${id} is not on the roster`);
  return person.status;
}

describe('matchRoster on the sample round', () => {
  const roster = sampleRoster();
  const match = matchRoster(roster, sampleRespondents(), NAME_QUESTION_ID);

  it('finds all 82 respondents: 70 by e-mail (letter case aside) and 12 paper answers by 整理番号', () => {
    const answered = match.people.filter((person) => person.status.kind === 'answered');
    expect(answered).toHaveLength(82);
    const by = answered.map((person) => (person.status.kind === 'answered' ? person.status.answers[0].by : null));
    expect(by.filter((how) => how === 'email')).toHaveLength(70);
    expect(by.filter((how) => how === 'id')).toHaveLength(12);
    expect(match.unmatched).toEqual([]);
    expect(match.ambiguities).toEqual([]);
    expect(match.people.filter((person) => person.status.kind === 'notAnswered')).toHaveLength(44);
  });

  it('gives the roster side of the response rate, overall and by attribute', () => {
    const figures = responseFigures(roster, match);
    expect(figures.size).toBe(126);
    expect(figures.responded).toBe(82);
    const regions = figures.attributes.find((attribute) => attribute.title === '圏域');
    // The report's respondents per region (36 / 19 / 27) out of those sent to.
    expect(regions?.values).toEqual([
      { label: '東部圏域', sent: 54, answered: 36 },
      { label: '西部圏域', sent: 40, answered: 27 },
      { label: '中部圏域', sent: 32, answered: 19 },
    ]);
    expect(figures.attributes.map((attribute) => attribute.title)).toEqual(['職種', '圏域', '修了年度']);
  });

  it('gives no rates by a column that is nearly one value per person', () => {
    const withNotes = sampleRoster([
      ['整理番号', '氏名', 'メールアドレス', 'フリガナ', '圏域'],
      ...['A', 'B', 'C', 'D'].map((id, index) => [id, `氏名${id}`, '', `ふりがな${id}`, index < 2 ? '東部' : '西部']),
    ]);
    const figures = responseFigures(withNotes, matchRoster(withNotes, [], null));
    expect(figures.attributes.map((attribute) => attribute.title)).toEqual(['圏域']);
  });
});

describe('matchRoster rules', () => {
  const roster = rosterOf([
    ['C001', '藤田　優子', 'Coord001@Example.jp'],
    ['C002', '池田 大輔', 'coord002@example.jp'],
    ['C003', '佐藤 愛', 'coord003@example.jp'],
    ['C004', '佐藤　愛', ''],
    ['C005', '福田 理恵', ''],
  ]);

  it('matches an address ignoring case, surrounding spaces and full width', () => {
    for (const email of ['coord001@example.jp', ' COORD001@EXAMPLE.JP ', 'ｃｏｏｒｄ００１＠ｅｘａｍｐｌｅ．ｊｐ']) {
      const match = matchRoster(roster, [webAnswer(email)], NAME_QUESTION_ID);
      expect(statusOf(match, 'C001').kind).toBe('answered');
    }
  });

  it('matches a paper answer by 整理番号 in any width or case', () => {
    const match = matchRoster(roster, [paperAnswer('ｃ００５')], NAME_QUESTION_ID);
    expect(statusOf(match, 'C005')).toMatchObject({ kind: 'answered', answers: [{ by: 'id' }] });
  });

  it('falls back to the name, ignoring spaces and width, when the address matches no one', () => {
    const match = matchRoster(roster, [webAnswer('private@example.com', 'ふじた'), webAnswer('home@example.com', '藤田優子', 3)], NAME_QUESTION_ID);
    expect(statusOf(match, 'C001')).toMatchObject({ kind: 'answered', answers: [{ by: 'name' }] });
    expect(match.unmatched.map((respondent) => respondent.row)).toEqual([2]);
  });

  it('never uses the name when the address already says who answered', () => {
    const match = matchRoster(roster, [webAnswer('coord002@example.jp', '藤田 優子')], NAME_QUESTION_ID);
    expect(statusOf(match, 'C002').kind).toBe('answered');
    expect(statusOf(match, 'C001').kind).toBe('notAnswered');
  });

  it('falls back to the name for a paper answer whose 整理番号 is on no one', () => {
    const match = matchRoster(roster, [paperAnswer('C999', '福田理恵')], NAME_QUESTION_ID);
    expect(statusOf(match, 'C005')).toMatchObject({ kind: 'answered', answers: [{ by: 'name' }] });
  });

  it('lists a name two people share for staff instead of guessing, and holds both back', () => {
    const answer = webAnswer('unknown@example.com', '佐藤 愛', 7);
    const match = matchRoster(roster, [answer], NAME_QUESTION_ID);
    expect(match.ambiguities).toEqual([{ respondent: answer, by: 'name', candidates: [roster.entries[2], roster.entries[3]] }]);
    for (const id of ['C003', 'C004']) {
      expect(statusOf(match, id)).toEqual({
        kind: 'needsCheck', reasons: [{ kind: 'ambiguousAnswer', respondent: answer, by: 'name', candidates: ['C003', 'C004'] }],
      });
    }
    expect(match.unmatched).toEqual([]);
  });

  it('ignores names when no name question is set', () => {
    const match = matchRoster(roster, [webAnswer('home@example.com', '藤田優子')], null);
    expect(statusOf(match, 'C001').kind).toBe('notAnswered');
    expect(match.unmatched).toHaveLength(1);
  });

  it('treats an answer with an address two roster entries share as ambiguous', () => {
    const shared = rosterOf([['C001', 'A', 'office@example.jp'], ['C002', 'B', 'OFFICE@example.jp']]);
    const match = matchRoster(shared, [webAnswer('office@example.jp', 'A')], NAME_QUESTION_ID);
    expect(match.ambiguities).toHaveLength(1);
    expect(match.ambiguities[0].by).toBe('email');
    expect(match.people.map((person) => person.status.kind)).toEqual(['needsCheck', 'needsCheck']);
  });

  it('holds back a non-respondent whose 整理番号 is missing, but counts their answer when the address matches', () => {
    const flawed = rosterOf([['', 'A', 'a@example.jp'], ['', 'C', 'c@example.jp']]);
    const match = matchRoster(flawed, [webAnswer('a@example.jp')], NAME_QUESTION_ID);
    expect(match.people.map((person) => person.status)).toEqual([
      expect.objectContaining({ kind: 'answered' }),
      { kind: 'needsCheck', reasons: [{ kind: 'missingId' }] },
    ]);
  });

  describe('a 整理番号 several rows share', () => {
    // Row 3 is the real C001; row 4 (C001 by mistake) is another person, who answered on the web.
    const flawed = rosterOf([['C001', 'A', ''], ['C001', 'B', 'b@example.jp'], ['C002', 'C', 'c@example.jp']]);

    it('matches no answer to either row, even one whose address is that row\'s alone, and says which answers wait', () => {
      const web = webAnswer('b@example.jp', 'B', 5);
      const paper = paperAnswer('c001', 'A', 3);
      const match = matchRoster(flawed, [web, paper], NAME_QUESTION_ID);
      expect(match.people.map((person) => person.status)).toEqual([
        { kind: 'needsCheck', reasons: [{ kind: 'duplicateId', rows: [3] }, { kind: 'heldAnswer', respondent: paper, by: 'id' }] },
        { kind: 'needsCheck', reasons: [{ kind: 'duplicateId', rows: [2] }, { kind: 'heldAnswer', respondent: web, by: 'email' }, { kind: 'heldAnswer', respondent: paper, by: 'id' }] },
        { kind: 'notAnswered' },
      ]);
      expect(match.unmatched).toEqual([]);
      expect(responseFigures(flawed, match)).toMatchObject({ responded: 0, duplicates: [{ key: 'id', value: 'C001', rows: [2, 3] }] });
    });

    it('does not settle it by the name either', () => {
      const byName = webAnswer('home@example.jp', 'A', 6);
      const match = matchRoster(flawed, [byName], NAME_QUESTION_ID);
      expect(statusOf(match, 'C001')).toEqual({ kind: 'needsCheck', reasons: [{ kind: 'duplicateId', rows: [3] }, { kind: 'heldAnswer', respondent: byName, by: 'name' }] });
      expect(match.unmatched).toEqual([]);
    });

    it('says so in the roster\'s 確認事項', () => {
      const match = matchRoster(flawed, [paperAnswer('C001', '', 10)], NAME_QUESTION_ID);
      const notes = statusBlock(flawed, match).values.slice(1, 3).map((row) => row[3]);
      expect(notes).toEqual([
        '名簿で整理番号が重複しています（3行目と同じ）。直すまで回答と照合せず、リマインドも送りません／郵送回答の10行目が同じ整理番号です',
        '名簿で整理番号が重複しています（2行目と同じ）。直すまで回答と照合せず、リマインドも送りません／郵送回答の10行目が同じ整理番号です',
      ]);
    });
  });

  it('lists shared addresses among the duplicates that bear on the response rate', () => {
    const shared = rosterOf([['C001', 'A', 'office@example.jp'], ['C002', 'B', 'OFFICE@example.jp']]);
    expect(responseFigures(shared, matchRoster(shared, [], null)).duplicates).toEqual([{ key: 'email', value: 'office@example.jp', rows: [2, 3] }]);
  });

  it('matches an answer to a malformed roster address, which is flagged only for the reminder', () => {
    const flawed = rosterOf([['C001', 'A', 'coord001@example'], ['C002', 'B', 'coord002@example.jp']]);
    const match = matchRoster(flawed, [webAnswer('COORD001@example')], NAME_QUESTION_ID);
    expect(statusOf(match, 'C001')).toMatchObject({ kind: 'answered', answers: [{ by: 'email' }] });
  });

  it('gives both reasons when a person without a 整理番号 is also a candidate for an answer', () => {
    const flawed = rosterOf([['', '佐藤 愛', 'a@example.jp'], ['C002', '佐藤愛', 'b@example.jp']]);
    const answer = webAnswer('other@example.jp', '佐藤　愛');
    const match = matchRoster(flawed, [answer], NAME_QUESTION_ID);
    expect(match.people.map((person) => person.status)).toEqual([
      { kind: 'needsCheck', reasons: [{ kind: 'missingId' }, { kind: 'ambiguousAnswer', respondent: answer, by: 'name', candidates: ['', 'C002'] }] },
      { kind: 'needsCheck', reasons: [{ kind: 'ambiguousAnswer', respondent: answer, by: 'name', candidates: ['', 'C002'] }] },
    ]);
  });

  it('keeps every answer of a person who answered twice, earliest first', () => {
    const later = webAnswer('coord002@example.jp', '', 9, new Date('2023-12-10T00:00:00Z'));
    const earlier = paperAnswer('C002', '', 3, new Date('2023-12-05T00:00:00Z'));
    const match = matchRoster(roster, [later, earlier], NAME_QUESTION_ID);
    const status = statusOf(match, 'C002');
    expect(status.kind === 'answered' && status.answers.map((answer) => answer.respondent)).toEqual([earlier, later]);
  });
});
