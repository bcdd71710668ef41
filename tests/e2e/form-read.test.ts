/**
 * The form is read through the Forms API in one call, and FormApp is asked
 * only where a section goes once done; when the API cannot be used (not
 * enabled in the script's Cloud project) FormApp reads it all. Either way
 * staff must see the same survey: the same sheets from 集計を作成, the same
 * paper entry form, the same links in the reminders.
 */
import { join } from 'node:path';
import { Emulator, loadBundle } from '../../emulator';
import type { FormResource } from '../../emulator/form-resource';
import type { CellValue } from '../../emulator/view';
import { sampleResponseSheet } from '../unit/helpers/sample-respondents';
import type { Book } from './harness';
import { clickMenu, morning, REPO, RESPONSE_SHEET, sampleFile, sampleForm, upload } from './harness';

function book(formsApi: boolean | 'unrelatedIds', form: FormResource, responses: CellValue[][]): Book {
  const emulator = new Emulator({ form, now: morning('2023-12-21'), formsApi: formsApi !== false, formsApiIds: formsApi === 'unrelatedIds' ? 'unrelated' : 'hex' });
  emulator.addSheet(RESPONSE_SHEET, responses);
  emulator.linkForm(RESPONSE_SHEET);
  return { emulator, bundle: loadBundle(emulator, join(REPO, 'dist/Code.js')) };
}

/** What a clerk sees of the form: the paper entry form, and the summary's sheets and charts. */
function seen(target: Book): unknown {
  const entry = (target.bundle.run('paperEntryStart') as { model: unknown }).model;
  clickMenu(target, 'generateSummary');
  const sheets = target.emulator.view().sheets.map((sheet) => ({ name: sheet.name, values: sheet.values, charts: sheet.charts.map(({ id: _id, ...chart }) => chart) }));
  return { entry, sheets };
}

/** A form of every kind of item: a question leading to sections, a section jumping ahead, a date, a time, a duration, a heading. */
const everyKind: FormResource = {
    formId: 'every-kind',
    info: { title: '研修アンケート', description: '締切 2024/7/31' },
    settings: { emailCollectionType: 'RESPONDER_INPUT' },
    items: [
      { itemId: '0000a001', title: '氏名', questionItem: { question: { questionId: '0000b001', required: true, textQuestion: {} } } },
      {
        itemId: '0000a002', title: '参加形態',
        questionItem: { question: { questionId: '0000b002', required: true, choiceQuestion: { type: 'RADIO', options: [{ value: '会場', goToSectionId: '0000a010' }, { value: 'オンライン', goToSectionId: '0000a020' }, { value: '欠席', goToAction: 'SUBMIT_FORM' }] } } },
      },
      { itemId: '0000a010', title: '会場参加の方', pageBreakItem: { goToSectionId: '0000a030' } },
      { itemId: '0000a011', title: '満足度', questionItem: { question: { questionId: '0000b011', scaleQuestion: { low: 0, high: 10, lowLabel: '不満', highLabel: '満足' } } } },
      { itemId: '0000a012', title: '見出し', textItem: {} },
      { itemId: '0000a013', title: '参加日', questionItem: { question: { questionId: '0000b013', dateQuestion: {} } } },
      { itemId: '0000a014', title: '到着時刻', questionItem: { question: { questionId: '0000b014', timeQuestion: {} } } },
      { itemId: '0000a020', title: 'オンライン参加の方', pageBreakItem: {} },
      {
        itemId: '0000a021', title: '接続の評価',
        questionGroupItem: {
          questions: [{ questionId: '0000b021', rowQuestion: { title: '音声' } }, { questionId: '0000b022', required: true, rowQuestion: { title: '画面' } }],
          grid: { columns: { type: 'CHECKBOX', options: [{ value: '良い' }, { value: '悪い' }] } },
        },
      },
      { itemId: '0000a022', title: '受講時間', questionItem: { question: { questionId: '0000b023', timeQuestion: { duration: true } } } },
      { itemId: '0000a030', title: '全員に', pageBreakItem: {} },
      { itemId: '0000a031', title: '関心', questionItem: { question: { questionId: '0000b031', choiceQuestion: { type: 'CHECKBOX', options: [{ value: '災害' }, { value: '就学' }, { isOther: true }] } } } },
      { itemId: '0000a032', title: '感想', questionItem: { question: { questionId: '0000b032', textQuestion: { paragraph: true } } } },
    ],
};
const header: CellValue[] = ['タイムスタンプ', '氏名', '参加形態', '満足度', '参加日', '到着時刻', '接続の評価 [音声]', '接続の評価 [画面]', '関心', '感想'];
const everyKindAnswers: CellValue[][] = [
    header,
    [new Date(Date.UTC(2024, 6, 1)), '山田', '会場', 8, '2024/07/01', '9:30:00', '', '', '災害', 'よかった'],
    [new Date(Date.UTC(2024, 6, 2)), '佐藤', 'オンライン', '', '', '', '良い', '悪い', '就学, 家族支援', ''],
    [new Date(Date.UTC(2024, 6, 3)), '鈴木', '欠席', '', '', '', '', '', '', ''],
];

describe('the form read through the Forms API and through FormApp alone', () => {
  it('gives the same survey for the sample, branches and section jumps included, with far fewer calls', () => {
    const fast = book(true, sampleForm(), sampleResponseSheet());
    const slow = book(false, sampleForm(), sampleResponseSheet());
    fast.emulator.calls.reset();
    slow.emulator.calls.reset();
    expect(seen(fast)).toEqual(seen(slow));
    const formCalls = (target: Book) => Object.entries(target.emulator.calls.byMethod())
      .filter(([method]) => !/^(Spreadsheet|Sheet|Range|RangeList|Embedded|Developer|Cache|Lock|Properties|Session|Script|Html|Ui)/.test(method))
      .reduce((sum, [, count]) => sum + count, 0);
    expect(formCalls(fast)).toBeLessThan(30);
    expect(formCalls(slow)).toBeGreaterThan(200);
  });

  it('keeps FormApp\'s ids, which 郵送回答 and 設定 store, should the API\'s ids ever not be FormApp\'s numbers', () => {
    const odd = book('unrelatedIds', sampleForm(), sampleResponseSheet());
    const slow = book(false, sampleForm(), sampleResponseSheet());
    expect(seen(odd)).toEqual(seen(slow));
    expect(odd.emulator.logs.map((entry) => entry.message).join('\n')).toContain('The Forms API\'s items are not FormApp\'s');
  });

  it('puts the same pre-filled form link in every reminder', () => {
    const mails = (formsApi: boolean) => {
      const target = book(formsApi, sampleForm(), sampleResponseSheet());
      target.bundle.run('rosterImportFile', ...upload(sampleFile('roster.csv')), false);
      const dialog = target.bundle.run('reminderDialog') as { kind: string; preview: { round: unknown; recipients: Array<{ id: string }> } };
      target.bundle.run('reminderSend', { round: dialog.preview.round, recipients: dialog.preview.recipients.map((person) => person.id) });
      return target.emulator.outbox.map((mail) => mail.body);
    };
    const fast = mails(true);
    expect(fast.length).toBeGreaterThan(10);
    expect(fast[0]).toMatch(/viewform\?usp=pp_url&entry\.\d+=/);
    expect(fast).toEqual(mails(false));
  });

  it('gives the same survey for a form of every kind of item, and a section that ends the form', () => {
    const fast = book(true, everyKind, everyKindAnswers);
    const slow = book(false, everyKind, everyKindAnswers);
    fast.emulator.calls.reset();
    expect(seen(fast)).toEqual(seen(slow));
    // Once for the paper entry form (then cached), once by 集計を作成, which always reads the form afresh.
    expect(fast.emulator.calls.byMethod()['UrlFetchApp.fetch']).toBe(2);
  });

  it('sees a drop-down that leads to sections, which FormApp cannot tell ("applies only to MultipleChoiceItems"); without the API, says so', () => {
    const dropDown: FormResource = {
      ...everyKind,
      items: everyKind.items.map((item) => {
        const question = item.questionItem?.question;
        return item.itemId === '0000a002' && question?.choiceQuestion
          ? { ...item, questionItem: { question: { ...question, choiceQuestion: { ...question.choiceQuestion, type: 'DROP_DOWN' as const } } } }
          : item;
      }),
    };
    const summarized = (formsApi: boolean) => {
      const target = book(formsApi, dropDown, everyKindAnswers);
      target.emulator.ui.answerNext('OK');
      target.bundle.call('generateSummary');
      const simple = target.emulator.view().sheets.find((sheet) => sheet.name === '単純集計');
      return {
        forWhom: simple?.values.map((row) => String(row[0])).find((cell) => cell.startsWith('対象：「参加形態」で『会場』')) ?? null,
        told: JSON.stringify(target.emulator.ui.events),
      };
    };
    const withApi = summarized(true);
    expect(withApi.forWhom).toBe('対象：「参加形態」で『会場』と回答した 1 人');
    expect(withApi.told).not.toContain('Forms API');
    const without = summarized(false);
    expect(without.forWhom).toBeNull();
    expect(without.told).toContain('プルダウンの設問（「参加形態」）の回答による分岐を読み取れませんでした');
  });
});
