import * as iconv from 'iconv-lite';
import type { CellValue } from '../../../src/model/cells';
import { parseCsv } from '../../../src/model/csv';
import { detectCharset } from '../../../src/model/encoding';
import type { Channel } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { fieldsOf } from '../../../src/model/survey';
import { heldProblemAtRowText, paperReasonText } from '../../../src/messages';
import type { ImportPlan } from '../../../src/paper/importer';
import { planImport } from '../../../src/paper/importer';
import { paperLayout, paperRow, readPaperRespondents } from '../../../src/paper/layout';
import { sampleRosterIds, sampleSurvey, sampleText } from '../helpers/sample-survey';

const TZ = 'Asia/Tokyo';
const survey = sampleSurvey();
const fields = fieldsOf(survey.questions);
const idOf = (title: string) => (fields.find((field) => field.title === title) ?? { id: '' }).id;
const rosterIds = sampleRosterIds();
const sampleHeader = sampleText('paper.csv').split(/\r?\n/)[0];

interface Options {
  readonly survey?: Survey;
  readonly rosterIds?: ReadonlySet<string> | null;
  readonly answered?: ReadonlyMap<string, Channel>;
  readonly shared?: ReadonlyMap<string, readonly number[]>;
}

function plan(header: readonly string[], rows: readonly (readonly CellValue[])[], options: Options = {}): ImportPlan {
  return planImport({
    survey: options.survey ?? survey, header, rows,
    rosterIds: options.rosterIds === undefined ? rosterIds : options.rosterIds,
    answered: options.answered ?? new Map(), shared: options.shared ?? new Map(), today: '2023-12-20', timeZone: TZ,
  });
}

function planText(text: string, options: Options = {}): ImportPlan {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error('bad csv');
  const [header, ...rows] = parsed.rows;
  return plan(header, rows, options);
}

function planned(result: ImportPlan) {
  if (result.kind !== 'planned') throw new Error(`stopped: ${JSON.stringify(result.problems)}`);
  return result;
}

/** A CSV of the sample header with one body line. */
function oneRow(cells: Record<string, string>): string {
  const header = sampleHeader.split(',');
  const line = header.map((title) => {
    const value = cells[title] ?? '';
    return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  });
  return `${sampleHeader}\r\n${line.join(',')}\r\n`;
}

const base = { 整理番号: 'C001', 受付日: '2023/12/10', '① 氏名': '藤田 優子', '② 職種': '1' };

describe('importing samples/paper.csv', () => {
  const result = planned(planText(sampleText('paper.csv')));

  it('accepts all 12 questionnaires and holds none', () => {
    expect(result.accepted).toHaveLength(12);
    expect(result.held).toEqual([]);
    expect(result.skippedBlank).toBe(0);
  });

  it('reads numbers and option texts alike', () => {
    const [byNumber, byText] = result.accepted;
    expect(byNumber.rosterId).toBe('C023');
    expect(byNumber.receivedOn).toBe('2023-12-07');
    expect(byNumber.answers.get(idOf('② 職種'))).toEqual({ kind: 'choice', selected: [0], other: null });
    const activities = byNumber.answers.get(idOf('⑤-1) 支援に携わった内容を選択してください（複数回答可）'));
    expect(activities).toEqual({ kind: 'choice', selected: [2, 6, 8], other: null });
    expect(byText.answers.get(idOf('② 職種'))).toEqual({ kind: 'choice', selected: [1], other: null });
    // Options that contain 、 are matched whole.
    expect(byText.answers.get(idOf('⑤-1) 支援に携わった内容を選択してください（複数回答可）'))).toEqual({ kind: 'choice', selected: [5, 7, 8, 19], other: null });
  });

  it('keeps multi-line text answers and leaves blank cells unanswered', () => {
    const third = result.accepted[2];
    const good = third.answers.get(idOf('⑤-2) 支援に携わって良かった、やりがいがあったと感じたこと'));
    expect(good).toMatchObject({ kind: 'text' });
    expect(good?.kind === 'text' && good.text.split('\n')).toHaveLength(2);
    expect(third.answers.has(idOf('⑤-4) 支援に携わらなかった理由を選択してください（複数回答可）'))).toBe(false);
  });

  it('gives the same result from the Shift_JIS file Japanese Excel saves (CRLF, signed bytes)', () => {
    const bytes = Array.from(iconv.encode(sampleText('paper.csv').replace(/\r?\n/g, '\r\n'), 'cp932'), (byte) => (byte > 127 ? byte - 256 : byte));
    const charset = detectCharset(bytes);
    expect(charset).toBe('MS932');
    // What Utilities.newBlob(bytes).getDataAsString('MS932') returns.
    const text = iconv.decode(Buffer.from(bytes.map((byte) => byte & 0xff)), 'cp932');
    expect(planned(planText(text)).accepted).toEqual(result.accepted);
  });

  it('gives the same result from UTF-8 with a BOM', () => {
    expect(planned(planText(`\ufeff${sampleText('paper.csv')}`)).accepted).toEqual(result.accepted);
  });

  it('adds nothing when the same file is imported again: every row is held as already entered', () => {
    const layout = paperLayout(survey, []);
    const stamp = { enteredBy: 'clerk@example.jp', enteredAt: new Date('2023-12-20T01:00:00Z') };
    const sheet: CellValue[][] = [[...layout.titles], [...layout.keys], ...result.accepted.map((answer) => paperRow(layout, answer, stamp, TZ))];
    const answered = new Map(readPaperRespondents(sheet, survey, TZ).map((respondent) => [respondent.rosterId, respondent.channel]));
    expect(answered.size).toBe(12);
    const again = planned(planText(sampleText('paper.csv'), { answered }));
    expect(again.accepted).toEqual([]);
    expect(again.held).toHaveLength(12);
    for (const held of again.held) expect(held.problems.map((problem) => problem.reason.kind)).toEqual(['alreadyAnswered']);
    expect(again.held[0].problems[0].reason).toEqual({ kind: 'alreadyAnswered', rosterId: 'C023', channel: 'paper', sharedOnRoster: false });
  });
});

describe('matching columns to questions', () => {
  it('tolerates spacing, width and a lone ② for a title', () => {
    const text = '整理番号,受付日,②,３　勤務先のある圏域,①氏名\nC001,2023/12/10,看護師,２,藤田\n';
    const [answer] = planned(planText(text)).accepted;
    expect(answer.answers.get(idOf('② 職種'))).toEqual({ kind: 'choice', selected: [1], other: null });
    expect(answer.answers.get(idOf('③ 勤務先のある圏域'))).toEqual({ kind: 'choice', selected: [1], other: null });
    expect(answer.answers.get(idOf('① 氏名'))).toEqual({ kind: 'text', text: '藤田' });
  });

  it('stops on a column that is no question, naming it and its position', () => {
    expect(planText('整理番号,② 職種,備考\nC001,1,電話あり\n')).toEqual({
      kind: 'stopped', problems: [{ kind: 'unknownColumn', column: { column: 3, title: '備考' } }],
    });
  });

  it('stops on two columns for one question', () => {
    expect(planText('整理番号,② 職種,②\nC001,1,1\n')).toEqual({
      kind: 'stopped',
      problems: [{ kind: 'duplicateColumns', target: '② 職種', columns: [{ column: 2, title: '② 職種' }, { column: 3, title: '②' }] }],
    });
    expect(planText('整理番号,整理番号\nC001,C001\n')).toMatchObject({ kind: 'stopped', problems: [{ kind: 'duplicateColumns', target: '整理番号' }] });
  });

  it('stops without a 整理番号 column', () => {
    expect(planText('受付日,② 職種\n2023/12/10,1\n')).toEqual({ kind: 'stopped', problems: [{ kind: 'missingRosterIdColumn' }] });
  });

  it('ignores an empty column without a title (a trailing comma) but holds a row with a value there', () => {
    const result = planned(planText('整理番号,② 職種,\nC001,1,\nC002,2,看護師\n'));
    expect(result.accepted.map((answer) => answer.rosterId)).toEqual(['C001']);
    expect(result.held).toEqual([{
      row: 3, cells: ['C002', '2', '看護師'],
      problems: [{ column: null, value: '看護師', reason: { kind: 'cellsWithoutHeader', values: ['看護師'] } }],
    }]);
  });

  it('holds a row with more cells than the header has titles', () => {
    const result = planned(planText('整理番号,① 氏名\nC001,佐藤,愛\n'));
    expect(result.held[0].problems[0].reason).toEqual({ kind: 'cellsWithoutHeader', values: ['愛'] });
  });
});

describe('checking every cell', () => {
  const reasons = (cells: Record<string, string>, options: Options = {}) => {
    const result = planned(planText(oneRow({ ...base, ...cells }), options));
    return result.held.flatMap((held) => held.problems.map((problem) => ({ column: problem.column, value: problem.value, reason: problem.reason })));
  };

  it('accepts the base row', () => {
    expect(reasons({})).toEqual([]);
  });

  it('holds an unknown option', () => {
    expect(reasons({ '③ 勤務先のある圏域': '北部圏域' })).toEqual([
      { column: '③ 勤務先のある圏域', value: '北部圏域', reason: { kind: 'unknownOption', token: '北部圏域' } },
    ]);
  });

  it('holds a number out of range, full-width digits included, and says so in Japanese', () => {
    const problems = reasons({ '② 職種': '１５' });
    expect(problems).toEqual([{ column: '② 職種', value: '１５', reason: { kind: 'numberOutOfRange', number: 15, max: 13 } }]);
    expect(heldProblemAtRowText(2, problems[0])).toBe('2行目「② 職種」: 「15」は選択肢の番号の範囲外です（1〜13）');
  });

  it('holds two options for a single-choice question', () => {
    expect(reasons({ '③ 勤務先のある圏域': '1、2' })[0].reason).toEqual({ kind: 'severalForSingle', count: 2 });
  });

  it('accepts full-width numbers and その他:… answers', () => {
    const result = planned(planText(oneRow({ ...base, '② 職種': 'その他：言語聴覚士', '⑤-1) 支援に携わった内容を選択してください（複数回答可）': '３，７、９' })));
    const [answer] = result.accepted;
    expect(answer.answers.get(idOf('② 職種'))).toEqual({ kind: 'choice', selected: [], other: '言語聴覚士' });
    expect(answer.answers.get(idOf('⑤-1) 支援に携わった内容を選択してください（複数回答可）'))).toEqual({ kind: 'choice', selected: [2, 6, 8], other: null });
  });

  it('holds a row without 整理番号, with an unknown one, or one that answered on the web', () => {
    expect(reasons({ 整理番号: '' })[0].reason).toEqual({ kind: 'missingRosterId' });
    expect(reasons({ 整理番号: 'X999' })[0]).toEqual({ column: '整理番号', value: 'X999', reason: { kind: 'unknownRosterId', rosterId: 'X999' } });
    expect(reasons({}, { answered: new Map([['c001', 'web']]) })[0].reason).toEqual({ kind: 'alreadyAnswered', rosterId: 'C001', channel: 'web', sharedOnRoster: false });
  });

  it('normalises 整理番号 (width, case, spaces) before looking it up', () => {
    const [answer] = planned(planText(oneRow({ ...base, 整理番号: ' ｃ００１ ' }))).accepted;
    expect(answer.rosterId).toBe('C001');
  });

  it('accepts a 整理番号 the roster has on several rows, with a note naming them', () => {
    const shared = new Map([['c001', [2, 57]]]);
    const result = planned(planText(oneRow({ ...base, 整理番号: 'ｃ００１' }), { shared }));
    expect(result.accepted.map((answer) => answer.rosterId)).toEqual(['C001']);
    expect(result.sharedIds).toEqual([{ row: 2, rosterId: 'C001', rosterRows: [2, 57] }]);
    expect(planned(planText(oneRow(base))).sharedIds).toEqual([]);
  });

  it('says, when it holds a shared 整理番号 as already entered, that the earlier answer may be the other person\'s', () => {
    const held = reasons({}, { answered: new Map([['C001', 'paper']]), shared: new Map([['C001', [2, 57]]]) });
    expect(held[0].reason).toEqual({ kind: 'alreadyAnswered', rosterId: 'C001', channel: 'paper', sharedOnRoster: true });
    expect(paperReasonText(held[0].reason)).toBe('整理番号「C001」は郵送回答に入力済みです（名簿で整理番号が重複しています。別の方の回答かもしれません）');
  });

  it('accepts any 整理番号 when there is no roster', () => {
    expect(planned(planText(oneRow({ ...base, 整理番号: 'X999' }), { rosterIds: null })).accepted).toHaveLength(1);
  });

  it('holds the later rows of a 整理番号 that appears twice in the file', () => {
    const text = `${sampleHeader}\nC001,,a\nC002,,b\nc001,,c\n`;
    const result = planned(planText(text));
    expect(result.accepted.map((answer) => answer.rosterId)).toEqual(['C001', 'C002']);
    expect(result.held).toHaveLength(1);
    expect(result.held[0].row).toBe(4);
    expect(result.held[0].problems[0].reason).toEqual({ kind: 'duplicateInFile', rosterId: 'C001', firstRow: 2 });
  });

  it('takes a blank 受付日 as today and holds one that is no date', () => {
    const [answer] = planned(planText(oneRow({ ...base, 受付日: '' }))).accepted;
    expect(answer.receivedOn).toBe('2023-12-20');
    expect(reasons({ 受付日: '12月10日' })).toEqual([{ column: '受付日', value: '12月10日', reason: { kind: 'badDate', value: '12月10日' } }]);
    expect(reasons({ 受付日: '2023/02/30' })[0].reason.kind).toBe('badDate');
  });

  it('holds a scale value out of range', () => {
    const scaled: Survey = {
      ...survey,
      questions: [...survey.questions, { id: 'sat', title: '⑨ 満足度', kind: 'scale', required: false, section: 0, low: 1, high: 5, lowLabel: '', highLabel: '' }],
    };
    const result = planned(planText('整理番号,⑨ 満足度\nC001,5\nC002,6\n', { survey: scaled }));
    expect(result.accepted[0].answers.get('sat')).toEqual({ kind: 'scale', value: 5 });
    expect(result.held[0].problems[0].reason).toEqual({ kind: 'scaleOutOfRange', value: '6', low: 1, high: 5 });
  });

  it('reports every problem of a row at once', () => {
    expect(reasons({ 整理番号: 'X999', '② 職種': '99', '③ 勤務先のある圏域': '1,2' }).map((problem) => problem.reason.kind))
      .toEqual(['unknownRosterId', 'numberOutOfRange', 'severalForSingle']);
  });

  it('keeps formula-like text verbatim as text', () => {
    const texts = ['=HYPERLINK("http://x")', '+81 90', '-特になし', '@担当'];
    for (const text of texts) {
      const [answer] = planned(planText(oneRow({ ...base, '⑧-1) 医療的ケア児等支援センターへの要望': text }))).accepted;
      expect(answer.answers.get(idOf('⑧-1) 医療的ケア児等支援センターへの要望'))).toEqual({ kind: 'text', text });
    }
  });

  it('stores line breaks inside an answer as Sheets does, whatever the file used', () => {
    const [answer] = planned(planText('整理番号,① 氏名\r\nC001,"一行目\r\n二行目\r三行目"\r\n')).accepted;
    expect(answer.answers.get(idOf('① 氏名'))).toEqual({ kind: 'text', text: '一行目\n二行目\n三行目' });
  });

  it('accepts a questionnaire left entirely blank apart from its 整理番号', () => {
    const [answer] = planned(planText(oneRow({ 整理番号: 'C001' }))).accepted;
    expect(answer.answers.size).toBe(0);
  });
});

describe('rows in = rows imported + rows held', () => {
  it('holds for a mix of good, bad and blank rows, skipping only blank ones', () => {
    const text = `${sampleHeader}\r\nC001,,a,1\r\n,,,\r\nC002,,b,99\r\n\r\nC003,昨日,c,2\r\nC001,,d,1\r\nC004,2023/12/11,e,看護師\r\n`;
    const result = planned(planText(text));
    expect(result.skippedBlank).toBe(2);
    expect(result.accepted.map((answer) => answer.rosterId)).toEqual(['C001', 'C004']);
    expect(result.held.map((held) => held.row)).toEqual([4, 6, 7]);
    expect(result.accepted.length + result.held.length + result.skippedBlank).toBe(7);
  });
});

describe('importing from a staging sheet', () => {
  it('reads dates and numbers as Sheets hands them over', () => {
    const received = new Date('2023-12-09T15:00:00Z'); // 2023-12-10 00:00 in Tokyo
    const result = planned(plan(['整理番号', '受付日', '② 職種', '① 氏名'], [['C001', received, 2, '佐藤'], ['C002', new Date('2023-12-10T03:00:00Z'), '', 12]]));
    expect(result.accepted[0]).toMatchObject({ rosterId: 'C001', receivedOn: '2023-12-10' });
    expect(result.accepted[0].answers.get(idOf('② 職種'))).toEqual({ kind: 'choice', selected: [1], other: null });
    expect(result.accepted[1].answers.get(idOf('① 氏名'))).toEqual({ kind: 'text', text: '12' });
  });
});
