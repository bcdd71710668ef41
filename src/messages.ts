/**
 * Every string a user reads: menus, dialogs, sheet labels, messages and mail
 * defaults. The UI speaks Japanese; nothing here names this survey's questions.
 */
import type { CheckReason } from './reminders/matching';
import type { RequiredColumn, RosterProblem } from './reminders/roster';
import type { TemplateProblem } from './reminders/compose';
import type { Schedule } from './reminders/rounds';
import type { SendOutcome } from './reminders/send';
import type { Channel } from './model/respondents';
import type { CsvResult } from './model/csv';
import type { SettingProblem } from './settings/sheet';
import type { CodebookNote, CodebookProblem } from './themes/codebook';
import type { Ambiguity, PairProblem } from './compare/match';
import type { RoundProblem } from './compare/round';
import type { RosterDuplicate } from './summary/summarize';
import type { AudienceStepWords } from './summary/reach';
import type { EntryProblem as PaperEntryProblem, EntryReason } from './paper/entry';
import type { ColumnProblem as PaperColumnProblem, HeldProblem as PaperHeldProblem, RowProblem } from './paper/importer';

type PaperReason = RowProblem | EntryReason;
type CsvProblem = Extract<CsvResult, { ok: false }>['problem'];

// ── Menu ────────────────────────────────────────────────────────────────────
export const MENU = {
  title: 'アンケート集計',
  summary: '集計を作成',
  report: '報告スライドを作成',
  exportSummary: '集計データを書き出す…',
  importPrevious: '前回の結果を取り込む…',
  paperEntry: '郵送回答を入力',
  paperImport: '郵送回答を一括取り込み',
  reminderMenu: 'リマインドメール',
  reminders: 'リマインドメール…',
  rosterImport: '名簿を取り込み…',
  autoOn: '自動送信を設定',
  autoOff: '自動送信を解除',
  settings: '設定',
  codebook: '自由記述の分類',
} as const;

/** Titles of the sidebar and dialogs. */
export const DIALOGS = {
  summaryExport: '集計データを書き出す',
  previousImport: '前回の結果を取り込む',
  paperEntry: '郵送回答を入力',
  paperImport: '郵送回答を一括取り込み',
  rosterImport: '名簿を取り込み',
  reminders: 'リマインドメール',
} as const;

export const COMMON = {
  busy: 'ほかの方が操作中のため、実行できませんでした。少し待ってから、もう一度お試しください。',
  noForm: 'このスプレッドシートにはフォームが連携されていません。フォームの「回答」タブから回答先をこのスプレッドシートにしてください。',
  formUnavailable: 'フォームを開けませんでした（削除されたか、権限がありません）。回答シートの見出しから設問を推定します。',
  noResponseSheet: 'フォームの回答が入るシートが見つかりません。フォームの「回答」タブで回答先をこのスプレッドシートにしてください。',
  noRoster: '「名簿」シートがありません。メニューの「名簿を取り込み」から名簿のCSVを取り込んでください。',
  emptyFile: 'ファイルに見出しの行がありません。',
  noSuchSheet: (name: string) => `シート「${name}」が見つかりません。`,
  dropDownBranchingUnread: (titles: readonly string[]) =>
    `Forms API が使えないため、プルダウンの設問（${titles.map((title) => `「${title}」`).join('、')}）の回答による分岐を読み取れませんでした。その先の設問は回答者全員を対象に数えています。README の手順で Forms API を有効にしてください。`,
} as const;

/** 1234567 → 1,234,567 (without Intl, whose locales Apps Script does not promise). */
function grouped(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Google's limits, said the way staff can act on them. */
export const LIMITS = {
  /** A roster cell Google would refuse to store. */
  rosterCellTooLong: (row: number, column: string, length: number, max: number) =>
    `名簿の${row}行目「${column}」が${grouped(length)}文字あり、1つのセルに入る${grouped(max)}文字を超えています。ファイルを直してから取り込んでください。`,
  workbookFull: (cells: number, limit: number, sheets: ReadonlyArray<{ readonly name: string; readonly cells: number }>) => [
    `このスプレッドシートはセル数の上限（${grouped(limit)}セル）を超えるため、何も書き込まずに中止しました（書き込んだ後は${grouped(cells)}セルになります）。`,
    '大きいシート：',
    ...sheets.map((sheet) => `・${sheet.name}：${grouped(sheet.cells)}セル`),
    '不要なシートを削除するか、回答を別のスプレッドシートに分けてから、もう一度お試しください。',
  ].join('\n'),
} as const;

// ── Summary ─────────────────────────────────────────────────────────────────
export const SUMMARY_SHEETS = {
  status: '回答状況',
  simple: '単純集計',
  cross: 'クロス集計',
  texts: '自由記述',
  highlights: '結果のまとめ',
} as const;

/** ⑤で『いいえ』と回答し / ⑤で『はい』と回答したか無回答だった: one condition of an audience, `last` ending the sentence. */
function audienceStep(step: AudienceStepWords, last: boolean): string {
  const chose = `${step.question}で${step.options.map((option) => `『${option}』`).join('か')}と回答`;
  if (!step.unanswered) return `${chose}${last ? 'した' : 'し'}`;
  return `${step.options.length > 0 ? `${chose}したか` : `${step.question}が`}無回答${last ? 'だった' : 'で'}`;
}

export const SUMMARY = {
  other: 'その他',
  blank: '無回答',
  notAsked: '対象外',
  answeredNotAsked: '対象外だが回答（集計に含む）',
  /** Who a question on a branch was for: 対象：⑤で『いいえ』と回答した 24 人 */
  audience: (routes: ReadonlyArray<ReadonlyArray<AudienceStepWords>>, count: number) =>
    `対象：${routes.map((steps) => steps.map((step, index) => audienceStep(step, index === steps.length - 1)).join('、')).join('、または')} ${count} 人`,
  answeredAnyway: (title: string, count: number) =>
    `${title}：対象外の ${count} 人が回答しています（集計に含めました。単純集計の「対象外だが回答」の行）。`,
  total: '総計',
  subtotal: '計',
  respondents: '回答者数',
  option: '選択肢',
  count: '件数',
  share: '割合',
  shareOf: (option: string) => `「${option}」の割合`,
  /** A layered table's count column for an option, unless 設定's 人数の見出し names it. */
  countOf: (option: string) => `「${option}」の人数`,
  statusTitle: '回答状況',
  item: '項目',
  sent: '送付数（名簿）',
  answered: '回答数',
  rate: '回答率',
  channel: '回答方法',
  channels: { web: 'Webフォーム', paper: '郵送' },
  byAttribute: (attribute: string) => `${attribute}別の回答率`,
  perDay: '日別の回答数',
  day: '日付',
  dayCount: '回答数',
  cumulative: '累計',
  perDayChart: '日別の回答数と累計',
  noRoster: '名簿シートがないため、送付数と回答率は表示していません。',
  rosterDuplicates: '名簿の重複',
  rosterRows: '名簿の行',
  rosterDuplicateKey: (duplicate: RosterDuplicate) =>
    (duplicate.key === 'id' ? `整理番号「${duplicate.value}」` : `メールアドレス「${duplicate.value}」`),
  rosterDuplicateRows: (duplicate: RosterDuplicate) => `${duplicate.rows.join('・')}行目`,
  rosterDuplicatesNote: '整理番号が重複する行は、直すまで回答と照合しません（回答数に数えません）。メールアドレスが重複する行は、そのアドレスからの回答を照合しません。',
  /** For 集計を作成's closing message. */
  rosterDuplicate: (duplicate: RosterDuplicate) => (duplicate.key === 'id'
    ? `整理番号「${duplicate.value}」が名簿の ${duplicate.rows.join('・')}行目 にあります。直すまで、これらの行は回答と照合せず、回答数に数えていません。`
    : `メールアドレス「${duplicate.value}」が名簿の ${duplicate.rows.join('・')}行目 にあります。このアドレスからの回答は、どなたのものか判別できないため照合していません。`),
  crossTitle: (question: string, by: string) => `${question} × ${by}`,
  layeredTitle: (question: string, by: string, within: string) => `${question} × ${by}（${within}ごと）`,
  withinBlock: (within: string, label: string) => `${within}：${label}`,
  countsTable: '件数',
  sharesTable: '割合（各列の回答者数に対する割合）',
  number: 'No.',
  answer: '回答',
  otherAnswers: (title: string) => `${title}（その他の回答）`,
  noTexts: '（回答なし）',
  highlightsTitle: '結果のまとめ',
  headline: '内容',
  figure: '人数',
  responseRate: '回答率（回答数 / 送付数）',
  yesShare: (title: string, option: string) => `${title}：「${option}」`,
  topOption: (title: string, rank: number, option: string) => `${title}：${rank}位「${option}」`,
  ignoredColumns: (titles: readonly string[]) => `どの設問にも当たらない列は集計していません：${titles.join('、')}`,
  /** A question whose column is gone from the response sheet (generated from its title, e.g. ② 職種). */
  missingColumn: (title: string, paperAnswers: number) => (paperAnswers > 0
    ? `${title}：回答シートに列がありません（郵送回答にはありますが、郵送の ${paperAnswers} 件だけでは全体を表さないため集計していません）`
    : `${title}：回答シートに列がありません`),
  missingColumnsHelp: '回答シートの列を削除してしまった場合は、「ファイル」▸「変更履歴」から元に戻せます。列が戻るまで、その設問は集計しません。',
  ignoredColumn: (title: string) => `${title}：どの設問にも当たらない列です（集計していません）`,
  columnsTitle: '確認が必要な列',
  /** Where a question's figures would be, when its column is gone. */
  noColumn: '列なし',
  noColumnNote: (paperAnswers: number) => `回答シートにこの設問の列がないため、集計していません${paperAnswers > 0 ? `（郵送回答の ${paperAnswers} 件も含めていません）` : ''}。`,
  crossByTitle: (by: string) => `${by} 別のクロス集計`,
  crossNoColumn: (titles: readonly string[]) => `${titles.map((title) => `「${title}」`).join('')}の列が回答シートにないため、この表は作成していません。`,
  running: '集計を作成しています…',
  done: (respondents: number, sheets: number) => `集計を作成しました（回答者 ${respondents} 人、${sheets} シート）。`,
  noAnswers: '回答がまだありません。',
} as const;

// ── Report deck (報告スライドを作成) ─────────────────────────────────────────

export const REPORT = {
  running: '報告スライドを作成しています…（1〜2分かかることがあります）',
  deckName: (title: string, stamp: string) => `${title} 報告スライド ${stamp}`,
  subtitle: '調査結果報告',
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  period: (from: string, to: string) => `回答期間：${from} 〜 ${to}`,
  madeOn: (day: string) => `作成日：${day}`,
  purposeTitle: '調査の目的',
  purposeHint: '（調査の目的を記入してください）',
  methodTitle: '調査の方法',
  target: (people: number) => `対象：名簿の${people}人`,
  noTarget: '対象：（名簿がないため人数は不明です）',
  answering: (from: string, to: string) => `回答期間：${from} 〜 ${to}`,
  channels: (list: readonly string[]) => `回答方法：${list.join('・')}`,
  answers: (respondents: number, parts: readonly string[]) => `回答：${respondents}人${parts.length > 0 ? `（${parts.join('、')}）` : ''}`,
  channelPart: (channel: string, count: number) => `${channel} ${count}人`,
  responseTitle: '送付数・回答数・回答率',
  sent: '送付数',
  answered: '回答数',
  rate: '回答率',
  rateFormula: (answered: string, sent: string) => `${answered} ÷ ${sent}`,
  people: (count: string) => `${count}人`,
  respondentsBesides: (count: string) => `回答者数は${count}人（名簿の人と照合できない回答を含みます）。`,
  breakdownTitle: (question: string) => `回答者の内訳：${question}`,
  page: (title: string, page: number, pages: number) => `${title}（${page}/${pages}）`,
  layeredOverview: (question: string, within: string) => `${question}（${within}ごと）`,
  layeredBlock: (question: string, by: string, label: string) => `${question} × ${by}（${label}）`,
  textsTitle: (title: string) => `自由記述：${title}`,
  continued: '（続き）',
  moreTexts: (rest: number, total: number, sheet: string) => `ほか ${rest} 件の回答は、スプレッドシートの「${sheet}」シートにあります（回答は全部で ${total} 件）。`,
  chartDescription: (title: string, figures: readonly string[]) => `${title}：${figures.join('、')}`,
  chartFigure: (label: string, count: string, share: string) => (share === '' ? `${label} ${count}` : `${label} ${count}（${share}）`),
  findingsTitle: '結果のまとめ',
  findingsHeadings: ['回答状況', '設問ごとの結果', 'クロス集計から', '自由記述から'],
  outlookTitle: '今後の方向性',
  outlookHeadings: ['見えてきた課題', '今後の取り組み'],
  heading: (text: string) => `■ ${text}`,
  bullet: '・',
  dialogTitle: '報告スライド',
  done: (slides: number) => `報告スライドを作成しました（${slides} 枚）。マイドライブに保存されています。`,
  open: 'スライドを開く',
  note: '前に作ったスライドはそのまま残ります。文字や表はスライド上で自由に直せます。',
  noSlidesApi: 'Google スライドの詳細サービス（Slides API）が有効になっていません。スクリプトの管理者に連絡してください。',
  compareTitle: '前回との比較',
  compareQuestion: (question: string) => `前回との比較：${question}`,
  compareLayered: (question: string, by: string, within: string) => `前回との比較：${question} × ${by}（${within}ごと）`,
  compareCounts: (compared: number, onlyCurrent: number, onlyPrevious: number) =>
    `比較した設問 ${compared} 問${onlyCurrent > 0 ? `、今回のみの設問 ${onlyCurrent} 問` : ''}${onlyPrevious > 0 ? `、前回のみの設問 ${onlyPrevious} 問` : ''}（一覧はスプレッドシートの「前回との比較」シートにあります）。`,
  compareNote: '割合は各回の設問の対象者（複数回答の設問は回答した人）に占める割合、差は今回 − 前回（ポイント）。「＊」は5%水準で有意な差（2つの割合の差のz検定、期待度数が5未満のときはフィッシャーの正確確率検定）。',
  compareBases: (previous: number, current: number) => `割合の分母：前回 ${previous}人・今回 ${current}人`,
  compareFigure: (label: string, previous: string, current: string) => `${label} 前回 ${previous}・今回 ${current}`,
  missingCharts: (count: number) => `単純集計のグラフ ${count} 個が見つからないため、報告スライドを作れませんでした。もう一度お試しください。`,
} as const;

// ── Free-text themes (自由記述の分類) ─────────────────────────────────────────
export const THEME_SHEETS = {
  codebook: '自由記述の分類',
  summary: 'テーマ集計',
} as const;

export const THEMES = {
  /** The codebook's columns. */
  header: { question: '設問', theme: 'テーマ', keywords: 'キーワード', check: '確認' },
  /** Answers in no theme; typed in テーマ, it takes an answer out of every theme. */
  uncoded: '未分類',
  /** The columns added to 自由記述. */
  autoColumn: '自動分類（キーワード）',
  handColumn: 'テーマ',
  keyColumn: '回答者',
  /** Who wrote an answer, as 自由記述's 回答者 column says it: the key its typed themes are kept under. */
  webKey: (stamp: string) => `${SUMMARY.channels.web} ${stamp}`,
  webRowKey: (row: number) => `${SUMMARY.channels.web} ${row}行目`,
  paperKey: (rosterId: string) => `${SUMMARY.channels.paper} ${rosterId}`,
  paperRowKey: (row: number) => `${SUMMARY.channels.paper} ${row}行目`,
  repeatedKey: (key: string, count: number) => `${key} (${count})`,
  /** テーマ集計. */
  sheetNote: 'テーマとキーワードは「自由記述の分類」シートで、1件ずつの分類は「自由記述」シートの「テーマ」列で変えられます（次の「集計を作成」から反映されます）。',
  noThemes: '「自由記述の分類」シートに使えるテーマがありません。',
  base: (answers: number) => `空欄を除く回答 ${answers} 件（1つの回答が複数のテーマに入ることがあります。割合はこの ${answers} 件に対する割合です）`,
  byClassifier: (title: string) => `${title}別`,
  examples: (count: number) => `回答例（${count}件まで）`,
  quote: (text: string) => `・${text}`,
  notInCodebook: (name: string) => `${name}（分類表にないテーマ）`,
  answersRow: '回答（空欄を除く）',
  hintsTitle: 'キーワードの候補：未分類の回答によく出る語',
  hintsNote: '語を「自由記述の分類」シートのキーワードに加えると、その語を含む回答がそのテーマに入ります。',
  word: '語',
  wordAnswers: (uncoded: number) => `含む回答（未分類 ${uncoded} 件のうち）`,
  noUncoded: '（未分類の回答はありません）',
  noWords: (uncoded: number) => `（未分類の ${uncoded} 件に、2件以上の回答に出る語はありません）`,
  sampled: (uncoded: number, read: number) => `未分類の ${uncoded} 件のうち、最初の ${read} 件から数えました。`,
  /** The codebook's 確認 column. */
  matched: (count: number) => `${count} 件`,
  atRow: (row: number, text: string) => `自由記述の分類 ${row}行目：${text}`,
  problems: {
    missingQuestion: '「設問」が空です。題名か番号（⑤-2 など）で書いてください。',
    unknownQuestion: (value: string) => `「${value}」に当たる設問がフォームにありません。`,
    notText: (value: string) => `「${value}」は自由記述の設問ではありません。`,
    notCounted: (title: string) => `「${title}」は集計していない設問です（設定の「集計しない設問」にあるか、回答シートに列がありません）。`,
    emptyTheme: '「テーマ」が空です。',
    reservedTheme: '「未分類」はテーマの名前に使えません（どのテーマにも入らない回答の呼び名です）。',
    badPattern: (keyword: string) => `キーワード「${keyword}」は正規表現として読めないため使っていません（この行のほかのキーワードは使っています）。`,
  },
  notes: {
    noKeywords: 'キーワードがありません。「自由記述」シートの「テーマ」列に手で入力した回答だけが入ります。',
    repeated: (firstRow: number) => `同じテーマが ${firstRow}行目にもあります。キーワードを合わせて使います。`,
  },
  /** 集計を作成's closing messages. */
  unknownName: (question: string, name: string, count: number) =>
    `自由記述 ${question} の「テーマ」列の「${name}」（${count} 件）は分類表にないテーマです。テーマ集計では「分類表にないテーマ」として数えています。「自由記述の分類」シートに加えるか、「テーマ」列を直してください。`,
  orphans: (title: string, count: number) =>
    `自由記述の「${title}」の「テーマ」列に入力された ${count} 件は、その設問が見つからないため使えず、自由記述シートからも消えました。`,
  dropped: (question: string, count: number) => `自由記述 ${question}：テーマを手入力した回答のうち ${count} 件が見つからなくなったため（回答の削除など）、そのテーマも外しました。`,
  done: (questions: number) => `テーマ集計：${questions} 問の自由記述をテーマに分けました。`,
  /** A codebook CSV without one of its columns (the local run's --codebook). */
  fileColumns: (missing: readonly string[], all: readonly string[]) =>
    `1行目に${missing.map((title) => `「${title}」`).join('')}の列がありません（${all.map((title) => `「${title}」`).join('')}の列が要ります）。何も書いていません。`,
  created: '「自由記述の分類」シートを作りました。1行に1つのテーマを、設問（⑤-2 など）・テーマ・キーワード（「、」区切り。/正規表現/ も使えます）で書いてから「集計を作成」を押すと、「テーマ集計」シートができます。',
  opened: '「自由記述の分類」シートを開きました。書き換えた内容は次の「集計を作成」から使われます。',
} as const;

export function codebookProblemText(problem: CodebookProblem): string {
  switch (problem.kind) {
    case 'missingQuestion': return THEMES.problems.missingQuestion;
    case 'unknownQuestion': return THEMES.problems.unknownQuestion(problem.value);
    case 'notText': return THEMES.problems.notText(problem.value);
    case 'notCounted': return THEMES.problems.notCounted(problem.title);
    case 'emptyTheme': return THEMES.problems.emptyTheme;
    case 'reservedTheme': return THEMES.problems.reservedTheme;
    case 'badPattern': return THEMES.problems.badPattern(problem.keyword);
  }
}

export function codebookNoteText(note: CodebookNote): string {
  switch (note.kind) {
    case 'noKeywords': return THEMES.notes.noKeywords;
    case 'repeated': return THEMES.notes.repeated(note.firstRow);
  }
}
// ── Comparison with the previous round ──────────────────────────────────────
export const COMPARE_SHEETS = {
  compare: '前回との比較',
  /** Hidden: the previous round's figures as imported, for 集計を作成 to compare with. */
  store: '前回の集計データ',
} as const;

/** 2023-12-01 → 2023/12/01 */
const slashed = (day: string) => day.replace(/-/g, '/');

export const COMPARE = {
  title: '前回との比較',
  rounds: '回答状況',
  item: '項目',
  previous: '前回',
  current: '今回',
  surveyTitle: '調査名',
  period: '回答期間',
  sent: '送付数（名簿）',
  answered: '回答数',
  rate: '回答率',
  periodOf: (first: string | null, last: string | null) => (first === null || last === null ? '—' : `${slashed(first)}〜${slashed(last)}`),
  none: '—',
  header: ['選択肢', '前回 件数', '前回 割合', '今回 件数', '今回 割合', '差（ポイント）', '有意差'],
  layeredHeader: (within: string) => `${within}：選択肢`,
  layeredOption: (within: string, option: string) => `${within}：${option}`,
  significant: '＊',
  onlyCurrentOption: (option: string) => `${option}（今回のみ）`,
  onlyPreviousOption: (option: string) => `${option}（前回のみ）`,
  previousTitle: (title: string) => `前回：${title}`,
  matchedBySetting: '（設定シートの「前回との対応」による）',
  matchedByOptions: '（選択肢が同じため対応）',
  bases: (multiple: boolean, previous: number, current: number) =>
    `割合の分母：${multiple ? 'この設問に回答した人' : 'この設問の対象者'}（前回 ${previous} 人、今回 ${current} 人）`,
  layeredTitle: (question: string, by: string, within: string) => `${question} × ${by}（${within}ごと）の割合`,
  layeredBases: '割合の分母：各層でこの設問に回答した人',
  /** Under each table: which test, and how large a change these numbers can show. */
  note: (fisher: readonly string[], previous: number, current: number, detectable: number | null, smallestLayer = false) => [
    '有意差：「＊」は5%水準で差があること（両側検定）。',
    `検定は2つの割合の差のz検定（2回を合わせた割合を使用）${fisher.length > 0 ? `、期待度数が5未満の${fisher.map((option) => `「${option}」`).join('')}はフィッシャーの正確確率検定` : ''}。`,
    detectable === null ? '' : `${smallestLayer ? '最も少ない層の' : ''}分母が前回 ${previous} 人・今回 ${current} 人では、おおむね ${detectable} ポイント以上の差でなければ有意差は出ません（割合が5割前後のとき）。`,
  ].join(''),
  chartTitle: (title: string) => `${title}（前回・今回の割合）`,
  chartAxis: '割合',
  check: '確認してください',
  onlyCurrent: '今回のみの設問（前回に対応する設問がないため比較していません）',
  onlyPrevious: '前回のみの設問（今回に対応する設問がありません）',
  leftOut: '設定シートで比較しないとした前回の設問',
  texts: '自由記述の設問（件数がないため比較していません）',
  textPair: (current: string, previous: string) => (current === previous ? current : `${current}（前回：${previous}）`),
  layeredUnmatched: (title: string) => `${title}：前回に同じ組み合わせの層別集計がないため比較していません`,
  ambiguous: (entry: Ambiguity) => `${entry.current.map((title) => `「${title}」`).join('')}：前回の${entry.previous.map((title) => `「${title}」`).join('')}と${entry.by === 'title' ? '題名' : '選択肢'}が同じ設問がほかにもあるため、対応を決めていません。設定シートの「前回との対応」で指定してください。`,
  pairProblem: (problem: PairProblem) => (problem.kind === 'unknownPrevious'
    ? `設定シート ${problem.row}行目「前回との対応」：前回の結果に「${problem.previous}」という設問はありません。`
    : `設定シート ${problem.row}行目「前回との対応」：「${problem.question}」は上の行ですでに対応させているため、この行は使っていません。`),
  notImported: '前回の結果が取り込まれていません。メニューの「前回の結果を取り込む」で前回の集計データを取り込むと、次の「集計を作成」からこのシートに前回との比較を書きます。',
  storeBroken: '前回の結果のデータ（非表示のシート「前回の集計データ」）が読めません。書き換えられたか、一部が消えています。「前回の結果を取り込む」でもう一度取り込んでください。',
  /** For 集計を作成's closing message. */
  written: (questions: number) => `前回との比較：${questions} 問を比較しました（「前回との比較」シート）。`,
} as const;

export function roundProblemText(problem: RoundProblem): string {
  switch (problem.kind) {
    case 'notJson': return 'JSON ファイルとして読めません。「集計データを書き出す」で保存したファイル（集計データ_….json）を選んでください。';
    case 'notSummary': return 'このファイルは集計データではありません。「集計データを書き出す」で保存したファイル（集計データ_….json）か、ローカル実行の summary.json を選んでください。';
    case 'newerFormat': return `このファイルは新しい版のアドオンで書き出されています（形式 ${problem.format}）。アドオンを更新してから取り込んでください。`;
    case 'badField': return `集計データの「${problem.path}」が読めません。ファイルが壊れているか、書き換えられています。`;
  }
}

export const COMPARE_STORE = {
  /** The hidden sheet's first cell, for whoever unhides it. */
  header: '前回の結果を取り込む で取り込んだ前回の集計データです。編集しないでください（比較に使えなくなります）。',
} as const;

export const PREVIOUS_IMPORT = {
  stopped: '取り込みを中止しました（前回の結果は変わっていません）。',
  differentSurvey: (title: string) =>
    `「${title}」の集計データには、このフォームと対応する設問が1つもありません。別の調査のファイルではありませんか？（題名が大きく変わった場合は、設定シートの「前回との対応」で設問を対応させてから取り込んでください）`,
  imported: (fileName: string, title: string) => `「${fileName}」（${title}）を前回の結果として取り込みました。次に「集計を作成」を実行すると「前回との比較」シートを作ります。`,
  replaced: 'それまでに取り込んであった前回の結果は、このファイルで置き換えました。',
} as const;

// ── Paper answers ───────────────────────────────────────────────────────────

/** Said wherever an answer carries a 整理番号 the roster has on several rows. */
const SHARED_ID = '名簿で整理番号が重複しています';

export const PAPER = {
  sheet: '郵送回答',
  heldSheet: '要確認',
  rosterId: '整理番号',
  receivedOn: '受付日',
  enteredBy: '入力者',
  enteredAt: '入力日時',
  /** 入力者 when Google does not say who is typing (an account of another domain). */
  unknownUser: '不明',
  heldRow: '行',
  heldReason: '理由',
  stopped: '取り込みを中止しました（何も書き込んでいません）。',
  imported: (accepted: number, held: number) => (held === 0
    ? `${accepted}件を取り込みました。`
    : `${accepted}件を取り込みました。${held}件は「要確認」シートに移しました。理由を見て直し、そのシートからもう一度取り込んでください。`),
} as const;

export const PAPER_IMPORT = {
  skipped: (count: number) => `空の行 ${count} 行は読み飛ばしました。`,
  alreadyHeld: (count: number) => `${count} 件は既に要確認にあります（同じ内容の行は重ねて追加していません）。`,
  sharedIds: (count: number) => `${count}件は${SHARED_ID}。回答として数えますが、名簿を直すまでどなたの回答か照合しません。`,
  sharedIdNote: (row: number, rosterId: string, rosterRows: readonly number[]) =>
    `${row}行目 整理番号「${rosterId}」: ${SHARED_ID}（名簿の${rosterRows.join('・')}行目）。名簿を直すまで、どなたの回答か照合しません。`,
  from: (fileName: string, message: string) => `「${fileName}」：${message}`,
} as const;

export const PAPER_ENTRY = {
  saved: (rosterId: string) => `整理番号 ${rosterId} の回答を保存しました。`,
  corrected: (rosterId: string) => `整理番号 ${rosterId} の回答を修正しました。`,
  deleted: (rosterId: string) => `整理番号 ${rosterId} の回答を削除しました。`,
  notFound: (rosterId: string) => `整理番号 ${rosterId} の郵送回答は見つかりません。`,
  sharedId: (rosterRows: readonly number[]) => `${SHARED_ID}（名簿の${rosterRows.join('・')}行目）。名簿を直すまで、どなたの回答か照合しません。`,
  invalid: '保存していません。赤字の箇所を確かめてください。',
  alreadyAnswered: (rosterId: string, channel: 'web' | 'paper', on: string) =>
    `整理番号 ${rosterId} の方は${on ? `${on}に` : ''}${channel === 'web' ? 'Webフォームで' : '郵送で'}回答済みです。2件目の回答として保存しますか？`,
} as const;

export function paperReasonText(reason: PaperReason): string {
  switch (reason.kind) {
    case 'unknownOption': return `「${reason.token}」は選択肢にありません`;
    case 'numberOutOfRange': return `「${reason.number}」は選択肢の番号の範囲外です（1〜${reason.max}）`;
    case 'severalForSingle': return `1つだけ選ぶ質問に${reason.count}つの回答があります`;
    case 'scaleOutOfRange': return `「${reason.value}」は${reason.low}〜${reason.high}の範囲外です`;
    case 'duplicateOption': return `「${reason.option}」が2回書かれています`;
    case 'tooLong': return `${grouped(reason.length)}文字あり、1つのセルに入る${grouped(reason.max)}文字を超えています（切り詰めた値は取り込めません。元の文を短くしてください）`;
    case 'missingRosterId': return '整理番号が空欄です';
    case 'unknownRosterId': return `整理番号「${reason.rosterId}」は名簿にありません`;
    case 'alreadyAnswered': return (reason.channel === 'web'
      ? `整理番号「${reason.rosterId}」はWebフォームで回答済みです`
      : `整理番号「${reason.rosterId}」は郵送回答に入力済みです`) + (reason.sharedOnRoster ? `（${SHARED_ID}。別の方の回答かもしれません）` : '');
    case 'duplicateInFile': return `整理番号「${reason.rosterId}」は${reason.firstRow}行目にもあります`;
    case 'badDate': return reason.value.trim() === ''
      ? '受付日が空欄です'
      : `「${reason.value}」は日付として読めません（例：2024/01/31）`;
    case 'cellsWithoutHeader': return `見出しのない列に値があります（${reason.values.map((value) => `「${value}」`).join('、')}）。区切りのカンマが多くないか確かめてください`;
    case 'unknownField': return 'フォームにない質問です。フォームが変わったかもしれません。入力画面を開き直してください';
    case 'wrongAnswerKind': return '回答の形が質問に合いません';
    case 'otherNotAllowed': return 'この質問には「その他」がありません';
  }
}

/** For the 理由 column of the 要確認 sheet, whose 行 column already says where. */
export function heldProblemText(problem: PaperHeldProblem): string {
  const reason = paperReasonText(problem.reason);
  return problem.column === null ? reason : `「${problem.column}」: ${reason}`;
}

/** e.g. 3行目「② 職種」: 「15」は選択肢の番号の範囲外です（1〜13） */
export function heldProblemAtRowText(row: number, problem: PaperHeldProblem): string {
  return `${row}行目${problem.column === null ? ': ' : ''}${heldProblemText(problem)}`;
}

export function paperColumnProblemText(problem: PaperColumnProblem): string {
  const where = (column: { column: number; title: string }) => `${column.column}列目「${column.title}」`;
  switch (problem.kind) {
    case 'unknownColumn': return `${where(problem.column)}はフォームのどの質問にも当たりません。見出しを質問の題名か番号（②など）にしてください。`;
    case 'duplicateColumns': return `「${problem.target}」に当たる列が${problem.columns.length}つあります：${problem.columns.map(where).join('、')}。1つにしてください。`;
    case 'missingRosterIdColumn': return '「整理番号」の列がありません。1行目に「整理番号」の見出しを入れてください。';
  }
}

export function paperEntryProblemText(problem: PaperEntryProblem): string {
  return `「${problem.label}」: ${paperReasonText(problem.reason)}`;
}

export function csvProblemText(problem: CsvProblem): string {
  return `ファイルの${problem.line}行目で始まる「"」が閉じられていません。ファイルの中身を確かめてください。`;
}

// ── Reminders ───────────────────────────────────────────────────────────────

export const REMINDER_SHEETS = { roster: '名簿', log: '送信履歴', postal: '郵送リマインド' } as const;

export const REMINDER_RUN = {
  automaticOn: (hour: number) => `自動送信を設定しました。毎日${hour}時ごろ、その日に送る回のリマインドを未回答の方へ送り、締切を過ぎると自動で止まります。`,
  alreadyOn: '自動送信はすでに設定されています。',
  automaticOff: '自動送信を解除しました。',
  alreadyOff: '自動送信は設定されていません。',
  /** Who turned the daily sending on and when: 'a@example.jp（2023/12/01）'. */
  automaticBy: (owner: string, since: string) => `${owner === '' ? '（不明）' : owner}（${since}から）`,
  tookOver: (owner: string, hour: number) => `${owner === '' ? '別の方' : owner} の自動送信は3日以上動いていなかったため、あなたのアカウントで引き継ぎました。毎日${hour}時ごろに送ります。`,
  ownedByOther: (owner: string) => `自動送信は ${owner === '' ? '別の方' : owner} が設定しています。自動送信はそれを設定した方のGoogleアカウントで動くため、解除はその方に依頼してください（二つ目の自動送信は設定できません）。`,
  noDeadline: '回答締切日が設定されていないため、自動送信を設定できません。設定シートで締切日を入れてください。',
  changed: 'プレビューの後に送信状況が変わりました（ほかの実行で送信済みなど）。もう一度プレビューを確認してください。',
  nothingDue: '今日送る相手はいません。',
  blocked: 'メールの設定に問題があるため送信しません。',
} as const;

export const ROSTER_IMPORT = {
  confirmReplace: (rows: number) => `「名簿」シートにはすでに${rows}行あります。取り込んだ名簿で置き換えますか？（回答や送信履歴は消えません）`,
  imported: (fileName: string, count: number) => `「${fileName}」から名簿を取り込みました（${count}名）。`,
  stopped: '名簿を取り込めませんでした（何も書き込んでいません）。',
} as const;

const slashDay = (day: string) => day.replace(/-/g, '/');
const roundLabel = (day: string, daysBefore: number) => `${slashDay(day)}（${daysBefore === 0 ? '締切当日' : `締切${daysBefore}日前`}）`;
const answerPlace = (channel: Channel, row: number) => `${channel === 'web' ? 'フォームの回答' : '郵送回答'}の${row}行目`;
const MATCH_KEY = { email: '同じメールアドレス', id: '同じ整理番号', name: '同じ氏名' } as const;
const ROSTER_COLUMN: Record<RequiredColumn, string> = { id: '整理番号', name: '氏名' };

export const ROSTER_STATUS = {
  header: ['回答状況', '回答日', '回答方法', '確認事項'],
  label: { answered: '回答済み', notAnswered: '未回答', needsCheck: '要確認' },
  channels: { web: 'Web', paper: '郵送' },
  listSeparator: '・',
  noteSeparator: '／',
  matchedByName: '氏名で照合',
  severalAnswers: (count: number) => `回答が${count}件あります`,
  noAddress: 'メールアドレスなし',
  malformedAddress: 'メールアドレスの形式が正しくありません',
  duplicateAddress: (others: readonly string[]) => `メールアドレスが ${others.join('・')} と同じです`,
  byPost: (note: string) => `${note}（郵送でリマインド）`,
  checkReason: (reason: CheckReason): string => {
    switch (reason.kind) {
      case 'ambiguousAnswer':
        return `${answerPlace(reason.respondent.channel, reason.respondent.row)}が ${reason.candidates.join('・')} のどなたのものか判別できません（${MATCH_KEY[reason.by]}）`;
      case 'heldAnswer': return `${answerPlace(reason.respondent.channel, reason.respondent.row)}が${MATCH_KEY[reason.by]}です`;
      case 'missingId': return '整理番号がありません';
      case 'duplicateId': return `名簿で整理番号が重複しています（${reason.rows.join('・')}行目と同じ）。直すまで回答と照合せず、リマインドも送りません`;
    }
  },
} as const;

export const SEND_LOG = {
  at: '日時',
  id: '整理番号',
  name: '氏名',
  address: 'メールアドレス',
  round: 'リマインド',
  result: '結果',
  detail: '詳細',
  sent: '送信済み',
  failed: 'エラー',
  stopped: { quota: '送信上限', time: '時間切れ' },
  remaining: (count: number) => `残り${count}名は次回の実行で送信します`,
  roundLabel,
} as const;

export const POSTAL_SHEET = {
  header: { id: '整理番号', name: '氏名', postcode: '郵便番号', postal: '郵送先', reason: '理由' },
  reasons: {
    noAddress: 'メールアドレスなし',
    malformedAddress: 'メールアドレスの形式が正しくない',
    duplicateAddress: 'メールアドレスがほかの人と重複',
  },
  noPostal: '。郵送先が名簿にありません',
} as const;

const WEEKDAYS = '日月火水木金土';

export const REMINDER_TEXT = {
  /** How {締切} reads in a mail: 12月28日（木）. */
  deadline: (day: string) => {
    const [year, month, date] = day.split('-').map(Number);
    return `${month}月${date}日（${WEEKDAYS[new Date(Date.UTC(year, month - 1, date)).getUTCDay()]}）`;
  },
  missingColumns: (columns: readonly RequiredColumn[]) =>
    `${REMINDER_SHEETS.roster}シートに ${columns.map((column) => `「${ROSTER_COLUMN[column]}」`).join('')} の列が見つかりません。見出しの行を確認してください。`,
  rosterProblem: (problem: RosterProblem): string => {
    switch (problem.kind) {
      case 'noEmailColumn':
        return `${REMINDER_SHEETS.roster}シートに「メールアドレス」の列が見つかりません。全員を郵送リマインドに回します。列があるなら見出しを「メールアドレス」にしてください。`;
      case 'duplicateId':
        return `整理番号「${problem.id}」が ${problem.rows.join('・')}行目 にあります。重複を直すまで、これらの行は回答と照合せず（回答済みにしません）、リマインドも送りません。`;
      case 'missingId':
        return `${problem.rows.join('・')}行目 に整理番号がありません。整理番号を入れるまで、メールを送りません。`;
      case 'malformedAddress':
        return `${problem.row}行目（${problem.id}）のメールアドレス「${problem.address}」は形式が正しくありません。郵送リマインドに回します。`;
      case 'duplicateAddress':
        return `メールアドレス「${problem.address}」が ${problem.rows.join('・')}行目（${problem.ids.join('・')}）にあります。このアドレスからの回答はどなたのものか判別できないため照合せず、誤送信を避けるためメールは送らず郵送リマインドに回します。`;
    }
  },
  templateProblem: (problem: TemplateProblem): string => {
    switch (problem.kind) {
      case 'emptySubject': return 'リマインドの件名が空です。';
      case 'emptyBody': return 'リマインドの本文が空です。';
      case 'unknownPlaceholder':
        return `${problem.where === 'subject' ? '件名' : '本文'}の ${problem.text} は差し込みに使えません。使えるのは {氏名} {締切} {回答URL} {整理番号} です。`;
      case 'malformedReplyTo': return `返信先アドレス「${problem.address}」はメールアドレスの形式ではありません。`;
      case 'noAnswerLink': return 'フォームの回答用URLがわからないため、{回答URL} を差し込めません。';
      case 'bodyWithoutUrl': return '本文に {回答URL} がありません。回答用のURLを書いていない場合は追加してください。';
    }
  },
  schedule: (schedule: Schedule): string => {
    switch (schedule.kind) {
      case 'noDeadline': return '回答締切日が設定されていません。設定シートで締切日を入れてください。';
      case 'noRounds': return 'リマインドを送る日（締切の何日前）が設定されていません。';
      case 'beforeFirstRound':
        return `まだ送信日ではありません。最初の送信日は ${roundLabel(schedule.next.day, schedule.next.daysBefore)} です。`;
      case 'due': {
        const next = schedule.next ? `次は ${roundLabel(schedule.next.day, schedule.next.daysBefore)} です。` : 'これが最後の回です。';
        return `${roundLabel(schedule.round.day, schedule.round.daysBefore)} の回を送ります。${next}`;
      }
      case 'afterDeadline': return `締切（${slashDay(schedule.deadline)}）を過ぎたため、リマインドは送りません。`;
    }
  },
  unmatched: (channel: Channel, row: number, who: string) =>
    `${answerPlace(channel, row)}（${who}）は名簿のどなたとも一致しません。`,
  sendOutcome: (outcome: SendOutcome): string => {
    const parts = [`${outcome.sent}名に送信しました。`];
    if (outcome.failed > 0) parts.push(`${outcome.failed}名は送信できませんでした（${REMINDER_SHEETS.log}シートを参照）。次回の実行で再度送ります。`);
    if (outcome.stoppedBy === 'quota') parts.push(`1日の送信上限に達したため、残り${outcome.remaining}名は次回の実行で送信します。`);
    if (outcome.stoppedBy === 'time') parts.push(`実行時間の上限が近いため、残り${outcome.remaining}名は次回の実行で送信します。`);
    return parts.join('');
  },
} as const;


// ── Settings ────────────────────────────────────────────────────────────────
export const SETTINGS = {
  sheet: '設定',
  header: { key: '項目', value: '値', by: '分類（層別集計）／条件（対象を限る設問）／今回の設問（前回との対応）', within: '層（層別集計のみ）', help: '説明' },
  keys: {
    classifier: '分類に使う設問',
    layered: '層別集計',
    excluded: '集計しない設問',
    audience: '対象を限る設問',
    countHeading: '人数の見出し',
    optionOrder: '選択肢の並び順',
    textWithClassifiers: '自由記述に分類を添える',
    deadline: '回答締切日',
    daysBefore: 'リマインド（締切の何日前）',
    subject: 'リマインドの件名',
    body: 'リマインドの本文',
    senderName: '差出人名',
    replyTo: '返信先アドレス',
    nameQuestion: '氏名の設問',
    organiser: '主催者',
    previousPair: '前回との対応',
  },
  help: {
    classifier: 'ほかの設問をこの設問の選択肢ごとに集計します（クロス集計）。複数あるときは行を増やしてください。設問は題名か番号（②など）で指定します。',
    layered: '「値」の設問を「分類」ごとに、「層」の選択肢ごとに分けて集計します（例：支援の有無 × 職種、圏域ごと）。',
    excluded: '集計シートに出さない設問。行を増やして複数指定できます。',
    audience: '「値」の設問を、右の列の条件に当てはまる回答者だけに尋ねた設問として集計します（例：⑤ = いいえ。選択肢は「、」で区切って複数書けます）。フォームの分岐で対象が決まる設問は指定しなくてもかまいません。指定すると分岐より優先します。',
    countHeading: '層別集計で選択肢ごとの人数の列につける見出し（例：支援実績者数）。右の列に、数える選択肢を「⑤ = はい」のように書きます。空欄なら「「はい」の人数」のように選択肢から付けます。',
    optionOrder: '「フォーム順」または「件数順」',
    textWithClassifiers: '「はい」で自由記述の横に分類の回答を表示します。',
    deadline: 'この日まで回答を受け付けます。リマインドはこの日を過ぎると送りません。',
    daysBefore: '締切の何日前に送るか。カンマ区切り（例：7, 2）。0は締切当日。',
    subject: '使える差し込み：{氏名} {締切} {回答URL} {整理番号}',
    body: '使える差し込み：{氏名} {締切} {回答URL} {整理番号}',
    senderName: 'メールの差出人として表示する名前（空欄ならアカウント名）。',
    replyTo: '返信を受け取るアドレス（空欄なら送信者）。',
    nameQuestion: '回答者の氏名を尋ねる設問。名簿との照合と、氏名入りの回答URLに使います。',
    organiser: '報告スライドの表紙に出す主催者名（空欄なら出しません）。初期値はフォームの説明から読み取ります。',
    previousPair: '「値」に前回の設問（前回の題名か番号）、右の列に今回の設問を書くと、前回との比較でこの2つを対応させます。題名が変わった設問や、同じ選択肢の設問がいくつもあって自動では対応できない設問に使います。右の列を空にすると、その前回の設問は比較しません。行を増やして複数指定できます。',
  },
  orderForm: 'フォーム順',
  orderCount: '件数順',
  yes: 'はい',
  no: 'いいえ',
  defaultSubject: '【ご回答のお願い】{締切}までにアンケートへのご回答をお願いします',
  // Marked pure so that a dialog's bundle importing other objects from here leaves SETTINGS out.
  defaultBody: /* @__PURE__ */ [
    '{氏名} 様',
    '',
    '先日ご案内したアンケートについて、まだご回答を確認できておりません。',
    'お忙しいところ恐れ入りますが、{締切}までに下記よりご回答をお願いいたします。',
    '',
    '{回答URL}',
    '',
    '（整理番号：{整理番号}）',
    '行き違いでご回答済みの場合は、ご容赦ください。',
  ].join('\n'),
  problems: {
    unknownKey: (row: number, key: string) => `設定シート ${row}行目：「${key}」という項目はありません。`,
    unknownQuestion: (row: number, value: string) => `設定シート ${row}行目：「${value}」に当たる設問がフォームにありません。`,
    badValue: (row: number, key: string, value: string) => `設定シート ${row}行目「${key}」：「${value}」は使えない値です。`,
    badCondition: (row: number, key: string, value: string) => `設定シート ${row}行目「${key}」：${value === '' ? '条件が空です' : `条件「${value}」を読めません`}。「⑤ = いいえ」のように、設問と選択肢を「=」でつないで書いてください。`,
    missingQuestion: (row: number, key: string) => `設定シート ${row}行目「${key}」：条件はありますが、対象を限る設問（「値」の列）が空です。`,
    missingHeading: (row: number, key: string) => `設定シート ${row}行目「${key}」：選択肢はありますが、見出し（「値」の列）が空です。`,
    notChoice: (row: number, key: string, value: string) => `設定シート ${row}行目「${key}」：「${value}」は選択式の設問ではないため、条件に使えません。`,
    unknownOption: (row: number, key: string, question: string, option: string) => `設定シート ${row}行目「${key}」：「${question}」に「${option}」という選択肢はありません。`,
    repeatedAudience: (row: number, key: string, firstRow: number) => `設定シート ${row}行目「${key}」：同じ設問が${firstRow}行目にもあるため、この行は使わず${firstRow}行目の条件で集計しました。`,
    missingPrevious: (row: number, key: string) => `設定シート ${row}行目「${key}」：今回の設問はありますが、前回の設問（「値」の列）が空です。`,
  },
  created: '設定シートを作りました。フォームから読み取った初期値が入っています。必要なところを書き換えてください。',
  opened: '設定シートを開きました。書き換えた内容は次の実行から使われます。',
} as const;

export function settingProblemText(problem: SettingProblem): string {
  switch (problem.kind) {
    case 'unknownKey': return SETTINGS.problems.unknownKey(problem.row, problem.key);
    case 'unknownQuestion': return SETTINGS.problems.unknownQuestion(problem.row, problem.value);
    case 'badValue': return SETTINGS.problems.badValue(problem.row, SETTINGS.keys[problem.key], problem.value);
    case 'badCondition': return SETTINGS.problems.badCondition(problem.row, SETTINGS.keys[problem.key], problem.value);
    case 'missingQuestion': return SETTINGS.problems.missingQuestion(problem.row, SETTINGS.keys.audience);
    case 'missingHeading': return SETTINGS.problems.missingHeading(problem.row, SETTINGS.keys.countHeading);
    case 'notChoice': return SETTINGS.problems.notChoice(problem.row, SETTINGS.keys[problem.key], problem.value);
    case 'unknownOption': return SETTINGS.problems.unknownOption(problem.row, SETTINGS.keys[problem.key], problem.question, problem.option);
    case 'repeatedAudience': return SETTINGS.problems.repeatedAudience(problem.row, SETTINGS.keys.audience, problem.firstRow);
    case 'missingPrevious': return SETTINGS.problems.missingPrevious(problem.row, SETTINGS.keys.previousPair);
  }
}

// ── Dialogs ─────────────────────────────────────────────────────────────────
// What the sidebar and dialogs (src/ui) say around the server's messages. One
// object per dialog, and nothing but literals and functions, so that each
// page's bundle keeps only the objects it imports.

const CSV_ENCODING = '文字コードは UTF-8 でも Shift_JIS（Excelの「CSV」保存）でもかまいません。';
const tooLarge = (bytes: number, wanted: string) =>
  `ファイルが大きすぎます（${Math.ceil(bytes / 1024 / 1024)}MB）。${wanted}のCSVファイルを選んでいるか確かめてください。`;

export const DIALOG_COMMON = {
  close: '閉じる',
  cancel: 'やめる',
  loading: '読み込んでいます…',
  import: '取り込む',
  importing: '取り込んでいます…',
  formatHeading: 'CSVファイルの形式',
  reason: '理由',
  /** A list's label with its length: 要確認の理由（12件） */
  counted: (label: string, count: number) => `${label}（${count}件）`,
  error: (detail: string) => (detail === '' ? 'エラーが発生しました。' : `エラーが発生しました：${detail}`),
  outsideSpreadsheet: 'この画面はスプレッドシートのメニューから開いてください。',
  missingServerFunction: (name: string) => `サーバーの処理「${name}」が見つかりません。アドオンを更新してから開き直してください。`,
} as const;

export const PAPER_ENTRY_DIALOG = {
  enteredToday: (count: number) => `本日の入力：${count}件`,
  requiredMark: '＊',
  required: '（必須）',
  hint: 'は必須の質問ですが、紙の回答が空欄なら空欄のまま保存できます。Enterキーで保存（複数行の欄ではCtrl+Enter）。',
  checkingRoster: '名簿を確認しています…',
  person: (name: string) => `${name} さん`,
  notInRoster: (rosterId: string) => `整理番号「${rosterId}」は名簿にありません。番号を確かめてください。`,
  sharedOnRoster: (rosterId: string, names: readonly string[]) =>
    `名簿で整理番号「${rosterId}」が重複しています（${names.map((name) => `${name} さん`).join('・')}）。保存はできますが、名簿を直すまでどなたの回答か照合しません。`,
  alreadyAnswered: (on: string, channel: Channel) =>
    `この方は${on}に${channel === 'web' ? 'Webフォームで回答済み' : '郵送回答を入力済み'}です。`,
  answeredOnWeb: '保存すると同じ方の回答が二重になります。',
  openSaved: '入力済みの回答を呼び出して修正',
  loadingSaved: '入力済みの回答を読み込んでいます…',
  correcting: '修正中',
  correctingWhat: (rosterId: string, name: string | null) =>
    `：整理番号 ${rosterId}${name === null ? '' : `（${name} さん）`} の入力済みの回答です。直してから「修正を保存」を押してください。`,
  stopCorrecting: '修正をやめる',
  save: '保存',
  saveCorrection: '修正を保存',
  saving: '保存しています…',
  saveAnyway: 'それでも保存',
  delete: '削除',
  confirmDelete: (rosterId: string) => `整理番号 ${rosterId} の郵送回答を削除します。元に戻せません。よろしいですか？`,
  deleteAnyway: '削除する',
  deleting: '削除しています…',
  clear: 'クリア',
  clearHint: '選択を取り消す（Deleteキーでも可）',
  other: 'その他：',
  otherText: (question: string) => `${question}：その他の内容`,
  gridCell: (row: string, column: string) => `${row}：${column}`,
} as const;

export const PAPER_IMPORT_DIALOG = {
  intro: '紙のアンケートの回答を、CSVファイルまたはシートからまとめて「郵送回答」シートに取り込みます。問題のある行は取り込まずに「要確認」シートに移します。',
  fromFile: 'CSVファイルから',
  fromSheet: 'シートから',
  noSheets: '取り込めるシートがありません',
  chooseSheet: 'シートを選んでください',
  sheetsUnreadable: 'シートの一覧を読めませんでした',
  format: [
    '1行目は見出しです。「整理番号」の列は必須、「受付日」の列はあれば使います（空欄なら今日）。',
    'ほかの列の見出しは、フォームの質問の題名か、質問の番号（②、⑤-1 など）にします。',
    '選択肢は文字のまま（例：看護師）か、フォームでの順番の番号（例：2）で書きます。複数選んだ質問は「1,3」のようにカンマで区切ります。',
    CSV_ENCODING,
  ],
  imported: (count: number) => `取り込み：${count}件`,
  held: (count: number) => `要確認：${count}件`,
  alreadyHeld: (count: number) => `既に要確認：${count}件`,
  heldReasons: '要確認の理由',
  notes: '取り込んだ回答について確認してほしいこと',
  tooLarge: (bytes: number) => tooLarge(bytes, '回答'),
} as const;

export const ROSTER_IMPORT_DIALOG = {
  intro: 'アンケートを送った方の名簿（CSVファイル）を「名簿」シートに取り込みます。回答状況の確認とリマインドメールに使います。',
  chooseFile: 'CSVファイルを選ぶ',
  format: [
    '1行目は見出しです。「整理番号」と「氏名」の列は必須です。',
    '「メールアドレス」の列があれば、その方にリマインドメールを送ります。空欄の方は郵送リマインドの一覧に載ります（「郵送先」の列があれば住所も）。',
    '職種・圏域などほかの列は、回答率の内訳に使います。',
    CSV_ENCODING,
  ],
  count: (count: number) => `名簿の人数：${count}名`,
  toCheck: '確認してほしいこと',
  replace: '置き換える',
  cancelled: '取り込みをやめました。名簿は変わっていません。',
  tooLarge: (bytes: number) => tooLarge(bytes, '名簿'),
} as const;

export const REMINDER_DIALOG = {
  checking: '送信先を確認しています…',
  people: (count: number) => `${count}名`,
  mails: (count: number) => `${count}通`,
  stats: { due: '送信予定', alreadySent: 'この回の送信済み', answered: '回答済み', quota: '今日の送信可能数' },
  blocking: '次の問題を直すまで送信できません',
  warnings: '確認してください',
  sendTo: (count: number) => `${count}名に送信する`,
  nobody: 'いま送信する方はいません。',
  overQuota: (quota: number) => `今日送れるのはあと${quota}通です。残りの方には次の実行で送ります。`,
  confirm: '本当に送信しますか？',
  confirmWhat: (count: number) => `${count}名にリマインドメールを送信します。送信したメールは取り消せません。`,
  send: '送信する',
  sending: '送信しています…（人数が多いと1分ほどかかります）',
  recipients: (count: number) => `送信先（${count}名）`,
  firstMail: '1通目のメール（このとおりに送ります）',
  mail: { to: '宛先', senderName: '差出人名', replyTo: '返信先', subject: '件名' },
  postal: (count: number) => `郵送リマインドの対象（${count}名）`,
  postalNote: 'メールを送れない方です。送信すると「郵送リマインド」シートに一覧を作ります。',
  postalDetail: '郵送先／理由',
  needsCheck: (count: number) => `要確認（${count}名）`,
  needsCheckNote: '回答したかどうか判別できないため、送信しません。名簿シートを確認してください。',
  unmatched: (count: number) => `名簿と一致しない回答（${count}件）`,
  automatic: {
    heading: '自動送信',
    state: (on: boolean) => `毎日の自動送信：${on ? 'オン' : 'オフ'}`,
    toggle: (on: boolean) => (on ? '自動送信をオフにする' : '自動送信をオンにする'),
    note: 'オンのあいだは、送信日になると未回答の方へ毎日自動でリマインドを送ります。',
    by: (who: string) => `設定した方：${who}`,
    othersTrigger: '自動送信は設定した方のGoogleアカウントで動くため、オフにできるのはその方だけです。',
    abandoned: 'この自動送信は3日以上動いていません。設定した方が対応できない場合は、あなたのアカウントで引き継げます。',
    takeOver: '自分のアカウントで引き継ぐ',
  },
} as const;

export const SUMMARY_EXPORT_DIALOG = {
  intro: 'この回の集計結果（設問ごとの件数と割合の分母、回答者数、名簿の送付数、クロス集計）を1つのファイルに保存します。次の回の調査のスプレッドシートで「前回の結果を取り込む」から読み込むと、「前回との比較」を作れます。',
  preparing: '集計データを作っています…',
  ready: (title: string, respondents: number, questions: number) => `「${title}」の回答者 ${respondents} 人・${questions} 問の集計データです（いまの回答から集計しました）。`,
  fileName: (name: string) => `ファイル名：${name}`,
  save: 'ファイルを保存',
  saved: '保存しました。ブラウザの「ダウンロード」フォルダを確かめてください。このファイルは次の回まで大切に保管してください。',
  privacy: 'ファイルには自由記述の回答もそのまま入ります（「集計しない設問」にした設問は入りません）。個人の情報として扱ってください。',
} as const;

export const PREVIOUS_IMPORT_DIALOG = {
  intro: '前回の調査のスプレッドシートで「集計データを書き出す」で保存したファイル（集計データ_….json）を取り込みます。取り込んだ後は「集計を作成」のたびに「前回との比較」シートを作ります。',
  checking: '取り込み済みの前回の結果を確かめています…',
  none: 'まだ前回の結果は取り込まれていません。',
  stored: (title: string, period: string, respondents: number) => `取り込み済みの前回の結果：「${title}」（${period}、回答者 ${respondents} 人）`,
  storedFile: (fileName: string) => `ファイル：${fileName}`,
  chooseFile: '集計データのファイルを選ぶ',
  formatHeading: '取り込めるファイルと設問の対応',
  format: [
    '「集計データを書き出す」で保存したファイル（集計データ_….json）か、ローカル実行（npm start）の out/summary.json を選んでください。',
    '設問は、題名（先頭の番号は問いません）が同じか、選択肢がすべて同じものどうしを対応させます。対応しない設問は「今回のみ」「前回のみ」として一覧にします。',
    '自動で対応できない設問は、設定シートの「前回との対応」で指定できます。もう一度取り込むと、前回の結果は新しいファイルで置き換わります。',
  ],
  matched: (count: number) => `前回と対応する設問：${count} 問`,
  onlyCurrent: '今回のみの設問',
  onlyPrevious: '前回のみの設問',
  toCheck: '確認してください',
  tooLarge: (bytes: number) => `ファイルが大きすぎます（${Math.ceil(bytes / 1024 / 1024)}MB）。集計データのファイルを選んでいるか確かめてください。`,
} as const;

// ── Local run (npm start's report and charts) ───────────────────────────────
export const LOCAL_REPORT = {
  contents: '目次',
  outbox: '送信メール',
  mails: (count: number) => `${count} 通`,
  charts: (count: number) => `グラフ ${count}`,
  noMail: '送信したメールはありません。',
  hiddenRows: (count: number) => `非表示の行（${count} 行）は省略しています。`,
  summarySheets: '集計',
  rawSheets: '元のデータ',
  rawSheetsNote: (rows: number) => `回答シート・郵送回答・名簿などは、大きさと先頭 ${rows} 行だけを載せています。全体は workbook.xlsx と sheets/ の CSV にあります。`,
  size: (rows: number, columns: number) => `${grouped(rows)} 行 × ${columns} 列`,
  rawSize: (rows: number, columns: number, shown: number) =>
    `${grouped(rows)} 行 × ${columns} 列。見出しと先頭 ${shown} 行を載せています。全体は workbook.xlsx と sheets/ の CSV にあります。`,
  summaryCut: (shown: number, rows: number) =>
    `${grouped(rows)} 行のうち先頭 ${grouped(shown)} 行を載せています。全体は workbook.xlsx と sheets/ の CSV にあります。`,
  outboxCut: (shown: number) => `先頭 ${shown} 通を載せています。全体は outbox/ の .eml にあります。`,
  to: '宛先',
  from: '差出人',
  subject: '件名',
  sentAt: '送信日時',
  body: '本文（冒頭）',
  /** Axis names when a chart's header cells are empty. */
  category: '項目',
  series: '系列',
} as const;

/** What npm start says on the console: Japanese throughout, flags and file names as they are. */
export const LOCAL_RUN = {
  // Pure, like SETTINGS.defaultBody: a dialog's bundle leaves LOCAL_RUN out.
  usage: /* @__PURE__ */ [
    '使い方：',
    '  npm start                                   サンプルのアンケートを out/ に',
    '  npm start -- --form F.json --responses R.csv [--paper P.csv] [--roster X.csv]',
    '               [--codebook C.csv] [--today YYYY-MM-DD] [--deadline YYYY-MM-DD] [--mail-quota N]',
    '               [--send-reminders] --out DIR',
    '               [--previous 前回の集計データ.json] [--today YYYY-MM-DD] [--deadline YYYY-MM-DD]',
    '               [--mail-quota N] [--send-reminders] --out DIR',
  ].join('\n'),
  error: (message: string) => `エラー：${message}`,
  crashed: '予期しないエラーで止まりました。途中までの出力は残っています：',
  newWorkbook: (out: string, day: string) => `${out} に新しいブックを作りました（${slashDay(day)} の時点）`,
  continuing: (out: string, day: string) => `${out} のブックを続けます（${slashDay(day)} の時点）`,
  menu: (titles: readonly string[]) => `メニュー：${titles.join('、')}`,
  /** What staff would have seen pop up: a toast in the corner, or a dialog to acknowledge. */
  toast: (message: string) => `［通知］${message}`,
  alert: (message: string) => `［ダイアログ］${message}`,
  step: (menuItem: string, fileName: string) => `${menuItem}：${fileName}`,
  deadline: (day: string) => `${SETTINGS.keys.deadline}を ${slashDay(day)} にしました`,
  codebook: (rows: number) => `${rows} 行を「${THEME_SHEETS.codebook}」シートに書きました`,
  reminders: (send: boolean) => `${MENU.reminderMenu}（${send ? '送信する' : '送信せず確認のみ'}）`,
  plan: (due: number, postal: number, quota: number) =>
    `${REMINDER_DIALOG.stats.due}：${due}名、郵送リマインドの対象：${postal}名、${REMINDER_DIALOG.stats.quota}：${quota}通`,
  more: (count: number) => `…ほか ${count} 件`,
  listed: (label: string, items: readonly string[]) => `${label}：${items.join('、')}`,
  writing: '出力を書き出しています',
  written: (sheets: number, charts: number, mails: number) =>
    `シート ${sheets} 枚を CSV に、グラフ ${charts} 点を SVG に、メール ${mails} 通を .eml に書き出しました`,
  open: (path: string) => `${path}  ← これを開いてください`,
  deck: (path: string, slides: number) => `${path}（スライド ${slides} 枚）`,
  /** The last line when something given was not used: the run exits 2. */
  incomplete: (reasons: readonly string[]) => `使えなかった入力があります（終了コード 2）：${reasons.join('、')}。上の表示を確かめてください。`,
  refused: (fileName: string) => `「${fileName}」は取り込みを中止しました`,
  held: (fileName: string, count: number) => `「${fileName}」の ${count} 件を要確認に移しました`,
  warned: (menuItem: string) => `${menuItem}が確認を求めています`,
  args: {
    unknownOption: (flag: string) => `${flag} という指定はありません`,
    missingValue: (flag: string) => `${flag} の後に値を書いてください`,
    takesNoValue: (flag: string) => `${flag} は値を取りません`,
    unexpected: (value: string) => `「${value}」が何の値かわかりません（指定の前に --名前 が要ります）`,
    badDay: (flag: string, value: string) => `${flag} は YYYY-MM-DD の形の日付にしてください（「${value}」ではなく）`,
    badQuota: (value: string) => `--mail-quota は 0 以上の整数にしてください（「${value}」ではなく）`,
    requiredWith: (flag: string, other: string) => `${other} を指定するときは ${flag} も要ります`,
    outRequired: '--out で出力先のフォルダを指定してください',
  },
  inputs: {
    noSuchFile: (path: string) => `${path}：ファイルがありません`,
    unreadable: (path: string, code: string) => `${path}：読めません（${code}）`,
    notJson: (path: string, line: number | null) => `${path}：JSON として読めません${line === null ? '' : `（${line}行目あたり）`}`,
    notForm: (path: string) => `${path}：Google Forms API のフォーム（forms.get の結果）ではありません（"items" の配列がありません）`,
    noTitle: (path: string) => `${path}：フォームに "info.title" がありません`,
    noItemId: (path: string, index: number) => `${path}：items[${index}] に "itemId" がありません`,
    csv: (path: string, message: string) => `${path}：${message}`,
    noTimestamp: (path: string) => `${path}：1行目に「タイムスタンプ」の列がありません。フォームの回答シートを CSV でダウンロードしたものか確かめてください`,
    badTimestamp: (path: string, row: number, value: string) => `${path}：${row}行目の「${value}」は 2023/12/01 9:14:29 のようなタイムスタンプではありません`,
  },
} as const;
