/**
 * Apps Script charges for every service call in latency and quota, so an
 * action's calls must not grow with the number of answers. The built bundle
 * runs on two synthetic rounds of different sizes and the calls are compared;
 * times are left to `npm run bench`. Run `node build.mjs` before this test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormResource } from '../../emulator';
import { summarizeCalls } from '../../bench/calls';
import { synthesize } from '../../bench/synth';
import type { ActionName, Prepared } from '../../bench/workbook';
import { ACTIONS, DIALOG_ACTIONS, DIALOG_BUDGET, openWorkbook, prepareWorkbooks, REPORT_BUDGET, SUMMARY_BUDGET } from '../../bench/workbook';
import { Emulator, loadBundle } from '../../emulator';
import type { EmulatorState } from '../../emulator';

const REPO = join(__dirname, '../..');
const files = { code: join(REPO, 'dist/Code.js'), htmlDir: join(REPO, 'dist') };
const form = JSON.parse(readFileSync(join(REPO, 'samples/form.json'), 'utf8')) as FormResource;

/**
 * A new sheet has 1,000 rows; writing a longer table first grows it, a
 * shorter summary sheet is trimmed to fit: one call per sheet whatever the
 * length. Those calls are checked on their own.
 */
const GRID_GROWTH = ['Sheet.insertRowsAfter', 'Sheet.insertColumnsAfter', 'Sheet.deleteRows'];

interface Calls {
  readonly byMethod: Readonly<Record<string, number>>;
  readonly serviceCalls: number;
  readonly sheets: number;
}

/** The calls `action` makes, after what a user did a moment before (a dialog's first call fills the cache). */
function callsOf(round: Prepared, action: ActionName): Calls {
  const book = openWorkbook(round[ACTIONS[action].from], form, files);
  const context = ACTIONS[action].before?.(book, round);
  book.emulator.calls.reset();
  ACTIONS[action].run(book, round, context);
  const byMethod = book.emulator.calls.byMethod();
  return { byMethod, serviceCalls: summarizeCalls(byMethod).serviceCalls, sheets: book.emulator.view().sheets.length };
}

function apartFromGrowth(byMethod: Readonly<Record<string, number>>): Record<string, number> {
  return Object.fromEntries(Object.entries(byMethod).filter(([method]) => !GRID_GROWTH.includes(method)));
}

function growth(byMethod: Readonly<Record<string, number>>): number {
  return GRID_GROWTH.reduce((sum, method) => sum + (byMethod[method] ?? 0), 0);
}

describe('service calls do not grow with the survey', () => {
  // The sample's size, and a round with 10,000 web and 1,000 paper answers (15,365 on the roster).
  let small: Prepared;
  let large: Prepared;

  beforeAll(() => {
    small = prepareWorkbooks(form, synthesize(form, { responses: 82 }), files);
    large = prepareWorkbooks(form, synthesize(form, { responses: 10_000, paper: 1_000 }), files);
  });

  it('集計を作成 makes the same calls for 82 web answers as for 10,000, within the budget the first time and run again', () => {
    for (const action of ['summary', 'summaryAgain', 'summaryCompared'] as const) {
      const few = callsOf(small, action);
      const many = callsOf(large, action);
      expect(apartFromGrowth(many.byMethod)).toEqual(apartFromGrowth(few.byMethod));
      // Each summary sheet is fitted with one call, trimmed or grown: the totals are identical.
      expect(growth(many.byMethod)).toBe(growth(few.byMethod));
      expect(many.serviceCalls).toBe(few.serviceCalls);
      // One read per source sheet: the responses, 設定, 名簿, 郵送回答, 自由記述の分類, 自由記述 (for the themes
      // typed in it), and the previous round when imported.
      expect(many.byMethod['Sheet.getSheetValues']).toBeLessThanOrEqual(action === 'summaryCompared' ? 7 : 6);
    }
    // The first run makes every sheet and chart, reading the form (one Forms API call) and the workbook from nothing.
    const first = callsOf(large, 'summary');
    expect(first.serviceCalls).toBeLessThanOrEqual(SUMMARY_BUDGET);
    expect(first.byMethod['UrlFetchApp.fetch']).toBe(1);
    expect(summarizeCalls(first.byMethod).byService.form).toBeLessThanOrEqual(12);
    // Run again, the form is read afresh but the sheets' places and unchanged charts are kept;
    // with a previous round imported, 前回との比較 and its charts too (its store read once).
    for (const action of ['summaryAgain', 'summaryCompared'] as const) {
      const again = callsOf(large, action);
      expect(again.serviceCalls).toBeLessThanOrEqual(SUMMARY_BUDGET);
      expect(again.byMethod['Sheet.insertChart'] ?? 0).toBe(0);
    }
  });

  it('報告スライドを作成 makes a few Slides calls a slide and none per table cell, within its budget at 10,000 answers', () => {
    const summaryAgain = callsOf(large, 'summaryAgain').byMethod;
    for (const round of [small, large]) {
      const { byMethod, serviceCalls } = callsOf(round, 'reportDeck');
      const slides = byMethod['Presentation.appendSlide'];
      // Placing: a slide and two calls an element; styling: one batch per 1,000 requests.
      expect(summarizeCalls(byMethod).byService.slides).toBeLessThanOrEqual(8 * slides + 30);
      expect(byMethod['TableCell.getText'] ?? 0).toBe(0);
      expect(serviceCalls).toBeLessThanOrEqual(REPORT_BUDGET);
      // The summary is written as 集計を作成 writes it again, plus a picture of each chart.
      expect(byMethod['Sheet.getSheetValues']).toBe(summaryAgain['Sheet.getSheetValues']);
      expect(byMethod['EmbeddedChart.getAs']).toBe(byMethod['EmbeddedChart.getContainerInfo']);
    }
  });

  it('郵送回答を一括取り込み of 1,000 rows reads each sheet once and writes the answers in one call', () => {
    const few = callsOf(small, 'paperImport');
    const many = callsOf(large, 'paperImport');
    expect(apartFromGrowth(many.byMethod)).toEqual(apartFromGrowth(few.byMethod));
    // Read: the response sheet, 設定, 名簿, and 郵送回答 once its header rows are written.
    expect(many.byMethod['Sheet.getSheetValues']).toBeLessThanOrEqual(4);
    // Written: 郵送回答's two header rows (a new sheet), then all 1,000 answers at once.
    expect(many.byMethod['Range.setValues']).toBeLessThanOrEqual(2);
    expect(growth(many.byMethod)).toBeLessThanOrEqual(2);
    expect(many.serviceCalls).toBeLessThanOrEqual(few.serviceCalls + 1);
  });

  it.each(DIALOG_ACTIONS)('%s makes at most the dialog budget of service calls, the same for 126 people on the roster as for 15,365', (action) => {
    const few = callsOf(small, action);
    const many = callsOf(large, action);
    expect(few.serviceCalls).toBeLessThanOrEqual(DIALOG_BUDGET);
    expect(many.serviceCalls).toBeLessThanOrEqual(DIALOG_BUDGET);
    expect(apartFromGrowth(many.byMethod)).toEqual(apartFromGrowth(few.byMethod));
    // With the cache warm, no dialog reads the form.
    expect(summarizeCalls(many.byMethod).byService.form).toBe(0);
  });

  it('a dialog with a cold cache reads the form once, through the Forms API, and fills the cache for the next call', () => {
    const book = openWorkbook(small.withPaper, form, files);
    book.bundle.run('paperLookup', small.ids.web);
    const cold = book.emulator.calls.byMethod();
    expect(cold['UrlFetchApp.fetch']).toBe(1);
    // FormApp only tells where the sample's sections go once done: a few calls, not one per option.
    expect(summarizeCalls(cold).byService.form).toBeLessThanOrEqual(12);
    expect(cold['Choice.getValue'] ?? 0).toBe(0);
    book.emulator.calls.reset();
    book.bundle.run('paperLookup', small.ids.web);
    const warm = summarizeCalls(book.emulator.calls.byMethod()).byService;
    expect(warm.form + warm.urlfetch).toBe(0);
  });

  it('without the Forms API (not enabled in the Cloud project) FormApp reads the whole form, and the lookup answers the same', () => {
    const answer = (formsApi: boolean) => {
      const book = openWorkbook(small.withPaper, form, files);
      book.emulator.setFormsApiEnabled(formsApi);
      const result = book.bundle.run('paperLookup', small.ids.web);
      return { result, calls: book.emulator.calls.byMethod(), logs: book.emulator.logs.map((entry) => entry.message) };
    };
    const withApi = answer(true);
    const without = answer(false);
    expect(without.result).toEqual(withApi.result);
    expect(summarizeCalls(without.calls).byService.form).toBeGreaterThan(100);
    expect(without.logs.join('\n')).toContain('Forms API answered 403');
  });

  it('sending reminders costs three service calls per message beyond a constant: the log row, its flush, the mail', () => {
    const sendWithQuota = (quota: number) => {
      const emulator = Emulator.restore(JSON.parse(small.withPaper.toString('utf8')) as EmulatorState, { form, htmlDir: files.htmlDir, mailQuota: quota });
      const bundle = loadBundle(emulator, files.code);
      const request = ACTIONS.reminderSend.before?.({ emulator, bundle }, small);
      emulator.calls.reset();
      ACTIONS.reminderSend.run({ emulator, bundle }, small, request);
      return { calls: summarizeCalls(emulator.calls.byMethod()).serviceCalls, sent: emulator.outbox.length };
    };
    // About 30 people are due on the sample: both runs stop on the quota.
    const ten = sendWithQuota(10);
    const twenty = sendWithQuota(20);
    expect([ten.sent, twenty.sent]).toEqual([10, 20]);
    expect(twenty.calls - ten.calls).toBe(3 * 10);
  });
});
