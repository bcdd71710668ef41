/**
 * A hand-built picture of a workbook after the add-on ran: Japanese text, a
 * date, a percentage, text that looks like a formula or like HTML, a pie,
 * two-series bar and column charts, a line chart and two sent mails.
 */
import type { CellValue, ChartView, SheetView, WorkbookView } from '../../../emulator/view';
import { ROLE_KEY } from '../../../src/gas/sheets';

export const LONG_LABEL = 'ケース会議への参加（関係機関との連絡調整を含む）';
export const FORMULA_TEXT = '=HYPERLINK("http://evil.example/","押してください")';
export const SCRIPT_TEXT = '<script>alert(1)</script>';
/** A long sheet name with characters Excel and file systems forbid. */
export const AWKWARD_SHEET = '取り組み内容/職種別: 支援実績があるコーディネーターの取り組み[2023]?';
/** 2023-12-20 00:00 in Tokyo. */
export const ANSWER_DAY = new Date('2023-12-19T15:00:00Z');
/** 2023-12-20 09:30:15 in Tokyo. */
export const ANSWER_TIME = new Date('2023-12-20T00:30:15Z');

function grid<T>(rows: readonly (readonly T[])[]): T[][] {
  return rows.map((row) => [...row]);
}

/** How the add-on marks a summary sheet it wrote. */
export const SUMMARY_ROLE = [{ key: ROLE_KEY, value: 'summary.status' }];

/** A summary sheet, unless `extra` says otherwise. */
export function sheet(name: string, values: CellValue[][], display: string[][], extra: Partial<SheetView> = {}): SheetView {
  return {
    name,
    values,
    display,
    formulas: values.map((row) => row.map(() => '')),
    numberFormats: values.map((row) => row.map(() => 'General')),
    wraps: values.map((row) => row.map(() => false)),
    boldRows: [1],
    frozenRows: 1,
    frozenColumns: 0,
    columnWidths: [],
    hiddenRows: [],
    hidden: false,
    charts: [],
    developerMetadata: SUMMARY_ROLE,
    ...extra,
  };
}

function chart(id: string, kind: ChartView['kind'], title: string, a1: string, values: CellValue[][], display: string[][], options: Record<string, unknown> = {}): ChartView {
  return { id, kind, title, options: { title, ...options }, ranges: [{ a1, values, display }], anchor: { row: 1, column: 5 } };
}

const summaryValues: CellValue[][] = [
  ['職種', '人数', '割合'],
  ['相談支援専門員', 40, 40 / 82],
  ['保育士', 42, 42 / 82],
  ['回答日', ANSWER_DAY, ''],
  ['最終回答', ANSWER_TIME, ''],
  ['自由記述', FORMULA_TEXT, ''],
  ['備考', SCRIPT_TEXT, ''],
  ['増減', -5, ''],
  ['作業用', '非表示の行', ''],
  ['複数行', '一行目\n二行目, "引用"あり', ''],
];
const summaryDisplay = [
  ['職種', '人数', '割合'],
  ['相談支援専門員', '40', '48.8%'],
  ['保育士', '42', '51.2%'],
  ['回答日', '2023/12/20', ''],
  ['最終回答', '2023/12/20 9:30:15', ''],
  ['自由記述', FORMULA_TEXT, ''],
  ['備考', SCRIPT_TEXT, ''],
  ['増減', '-5', ''],
  ['作業用', '非表示の行', ''],
  ['複数行', '一行目\n二行目, "引用"あり', ''],
];
const summaryFormats = summaryValues.map((row) => row.map(() => 'General'));
summaryFormats[1][2] = '0.0%';
summaryFormats[2][2] = '0.0%';
summaryFormats[3][1] = 'yyyy/MM/dd';

/** As the add-on sets a pie: each slice's share on it, its count beside its name. */
export const PIE = chart('chart-pie', 'PIE', '職種別内訳', 'A1:B3',
  grid(summaryValues.slice(0, 3).map((row) => row.slice(0, 2))),
  grid(summaryDisplay.slice(0, 3).map((row) => row.slice(0, 2))),
  { pieSliceText: 'percentage', legend: { position: 'labeled', labeledValueText: 'value' } });

const activityValues: CellValue[][] = [
  ['取り組み', '相談支援専門員', '保育士'],
  [LONG_LABEL, 12, 9],
  ['研修の企画', 5, 7],
  ['<b>家庭訪問</b>', 3, 0],
];
const activityDisplay = activityValues.map((row) => row.map(String));

export const BAR = chart('chart-bar', 'BAR', '支援実績があるコーディネーターの取り組み内容', 'A1:C4',
  grid(activityValues), grid(activityDisplay),
  { 'hAxis.title': '人数', vAxis: { title: '取り組み' }, series: { 0: { dataLabel: 'value' }, 1: { dataLabel: 'value' } } });

/** The same data as vertical bars, without data labels: narrow columns, so the long label takes four lines. */
export const COLUMN: ChartView = { ...BAR, id: 'chart-column', kind: 'COLUMN', title: '取り組み内容（縦棒）', options: { title: '取り組み内容（縦棒）' } };

const trendValues: CellValue[][] = [
  ['週', '回答数'],
  ['12/1', 10],
  ['12/8', 32],
  ['12/15', 61],
  ['12/20', 82],
];
const trendDisplay = trendValues.map((row) => row.map(String));

export const LINE = chart('chart-line', 'LINE', '回答数の推移', 'A1:B5', grid(trendValues), grid(trendDisplay));

export const VIEW: WorkbookView = {
  name: 'フォローアップ調査 集計',
  timeZone: 'Asia/Tokyo',
  sheets: [
    sheet('集計', summaryValues, summaryDisplay, {
      numberFormats: summaryFormats,
      frozenColumns: 1,
      columnWidths: [180, null, 75],
      hiddenRows: [9],
      charts: [PIE],
    }),
    sheet(AWKWARD_SHEET, activityValues, activityDisplay, { charts: [BAR, COLUMN], frozenRows: 0, boldRows: [1] }),
    sheet('推移', trendValues, trendDisplay, { charts: [LINE] }),
  ],
  outbox: [
    {
      to: 'yamada@example.jp',
      subject: '【リマインド】フォローアップ調査へのご回答のお願い',
      body: '山田 太郎 様\n\nフォローアップ調査へのご回答をお願いいたします。\n締切は12月28日です。\n\n岡山県支援センター',
      htmlBody: '<p>山田 太郎 様</p><p>フォローアップ調査へのご回答をお願いいたします。</p>',
      name: '岡山県支援センター',
      replyTo: 'center@example.jp',
      from: 'staff@example.jp',
      sentAt: new Date('2023-12-21T00:00:00Z'),
    },
    {
      to: 'suzuki@example.jp',
      subject: 'ご回答のお願い\r\nX-Injected: yes',
      body: `鈴木 花子 様\n${SCRIPT_TEXT}\n回答はこちら`,
      htmlBody: null,
      name: '支援センター\r\nBcc: evil@example.com',
      replyTo: null,
      from: 'staff@example.jp',
      sentAt: new Date('2023-12-21T00:00:05Z'),
    },
  ],
};
