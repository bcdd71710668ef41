/**
 * 自由記述の分類 through the built bundle, on the sample: the codebook sheet
 * made by 設定, the sample's codebook typed into it, 集計を作成 writing
 * テーマ集計 and summary.json's themes; a theme typed by hand in 自由記述
 * staying with its answer as answers arrive and the sheet is sorted; a bad
 * codebook row said and the rest applied.
 */
import { pasteCodebook, readCodebookFile } from '../../cli/codebook';
import type { SummaryJson } from '../../src/summary/json';
import type { Book } from './harness';
import { clickMenu, preparedSample, RESPONSE_SHEET, sampleFile, sheetValues } from './harness';

const GOOD = '⑤-2) 支援に携わって良かった、やりがいがあったと感じたこと';
const HARD = '⑤-3) 支援に携わったときに困難だと感じたこと';
/** Caught by 成長 under 子どもの成長, though it is the writer's own growth: a case for hand coding. */
const OWN_GROWTH = 'やりがいを感じられるし、自分自身の成長にもつながっている。';

function typeCodebook(book: Book, rows: string[][]): void {
  pasteCodebook(book.emulator, rows);
}

function sampleCodebook(): string[][] {
  const file = readCodebookFile(sampleFile('codebook.csv'));
  if (!file.ok) throw new Error(file.message);
  return file.rows;
}

/** 集計を作成 as staff click it: the JSON, and what the dialog said. */
function summarize(book: Book): { json: SummaryJson; alert: string } {
  book.emulator.ui.clear();
  book.emulator.ui.answerNext('OK');
  const json = book.bundle.call('generateSummary') as SummaryJson;
  const alert = book.emulator.ui.events.flatMap((event) => (event.kind === 'alert' ? [event.prompt] : [])).join('\n');
  book.emulator.ui.clear();
  return { json, alert };
}

const counts = (json: SummaryJson, question: string) =>
  Object.fromEntries(json.themes.filter((theme) => theme.question === question).map((theme) => [theme.theme, theme.count]));

/** A sheet as staff see it (numbers formatted). */
function display(book: Book, name: string): string[][] {
  const found = book.emulator.view().sheets.find((view) => view.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found.display.map((row) => [...row]);
}

/** In 自由記述, the block of `title`: each answer with its 自動分類, テーマ and 回答者, and where its テーマ cell is. */
function textBlock(book: Book, title: string) {
  const rows = display(book, '自由記述');
  const start = rows.findIndex((row) => row[0] === title);
  const header = rows[start + 1];
  const [auto, hand, key] = ['自動分類（キーワード）', 'テーマ', '回答者'].map((name) => header.indexOf(name));
  const answers: Array<{ row: number; answer: string; auto: string; hand: string; key: string }> = [];
  for (let r = start + 2; r < rows.length && rows[r][1] !== ''; r++) answers.push({ row: r + 1, answer: rows[r][1], auto: rows[r][auto], hand: rows[r][hand], key: rows[r][key] });
  return { answers, handColumn: hand + 1 };
}

/** Staff type `theme` into the テーマ cell beside `answer`. */
function typeTheme(book: Book, title: string, answer: string, theme: string): void {
  const { answers, handColumn } = textBlock(book, title);
  const found = answers.find((candidate) => candidate.answer === answer);
  if (!found) throw new Error(`no answer ${answer}`);
  book.emulator.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('自由記述')?.getRange(found.row, handColumn).setValue(theme);
}

describe('the codebook sheet', () => {
  const book = preparedSample();

  it('is made by 設定, with its columns, and opened from its own menu item', () => {
    clickMenu(book, 'openSettings');
    expect(display(book, '自由記述の分類')[0]).toEqual(['設問', 'テーマ', 'キーワード', '確認']);
    book.bundle.open();
    const items = book.emulator.ui.menus().flatMap((menu) => menu.entries);
    expect(items).toContainEqual({ kind: 'item', label: '自由記述の分類', functionName: 'openCodebook' });
    book.emulator.ui.clear();
    book.bundle.call('openCodebook');
    expect(book.emulator.ui.events).toEqual([expect.objectContaining({ kind: 'toast', message: expect.stringContaining('「自由記述の分類」シートを開きました') })]);
  });

  it('writes nothing more while it is empty: no テーマ集計, no theme columns', () => {
    const { json } = summarize(book);
    expect(json.themes).toEqual([]);
    expect(book.emulator.view().sheets.map((view) => view.name)).not.toContain('テーマ集計');
    expect(display(book, '自由記述')[1]).toEqual(['No.', '回答', '② 職種']);
  });
});

describe('集計を作成 with the sample codebook', () => {
  const book = preparedSample();
  clickMenu(book, 'openSettings');
  typeCodebook(book, sampleCodebook());
  const first = summarize(book);

  it('saves the same themes in 集計データを書き出す, for the next round to compare with', () => {
    const exported = JSON.parse((book.bundle.run('summaryExport') as { json: string }).json) as SummaryJson;
    expect(exported.themes).toEqual(first.json.themes);
    expect(counts(exported, GOOD)).toEqual({ 子どもの成長: 11, 家族からの感謝: 11, 多職種連携の成果: 17, 未分類: 19 });
  });

  it("counts each question's answers by theme in summary.json, 未分類 last", () => {
    expect(first.alert).toBe('');
    expect(counts(first.json, GOOD)).toEqual({ 子どもの成長: 11, 家族からの感謝: 11, 多職種連携の成果: 17, 未分類: 19 });
    expect(counts(first.json, HARD)).toEqual({ 社会資源の不足: 15, 多職種チームづくり: 17, 家族の希望と支援のずれ: 9, 医療的知識の不足: 10, 未分類: 11 });
    const theme = first.json.themes.find((entry) => entry.theme === '子どもの成長');
    expect(theme).toMatchObject({ question: GOOD, answers: 50 });
    expect(Object.keys(theme?.byClassifier ?? {})).toEqual(['② 職種']);
    expect(Object.values(theme?.byClassifier['② 職種'] ?? {}).reduce((sum, count) => sum + count, 0)).toBe(11);
  });

  it('writes テーマ集計: per question the themes with count, share and examples, a bar chart, and the words left to code', () => {
    const rows = display(book, 'テーマ集計');
    const header = rows.findIndex((row) => row[0] === 'テーマ');
    expect(rows[header].slice(0, 5)).toEqual(['テーマ', '件数', '割合', '回答例（3件まで）', '相談支援専門員']);
    expect(rows[header + 1].slice(0, 3)).toEqual(['子どもの成長', '11', '22.0%']);
    expect(rows[header + 1][3].split('\n')[0]).toMatch(/^・.*成長/);
    expect(rows.find((row) => row[0] === '未分類')?.slice(0, 3)).toEqual(['未分類', '19', '38.0%']);
    const charts = book.emulator.view().sheets.find((view) => view.name === 'テーマ集計')?.charts ?? [];
    expect(charts.map((chart) => [chart.kind, chart.title])).toEqual([['BAR', GOOD], ['BAR', HARD]]);
    expect(rows.some((row) => row[0] === 'キーワードの候補：未分類の回答によく出る語')).toBe(true);
  });

  it('says beside each codebook row how many answers its theme holds', () => {
    expect(display(book, '自由記述の分類').slice(0, 3).map((row) => row[3])).toEqual(['確認', '11 件', '11 件']);
  });

  it('shows beside each free-text answer its themes and who wrote it', () => {
    const own = textBlock(book, GOOD).answers.find((answer) => answer.answer === OWN_GROWTH);
    expect(own).toMatchObject({ auto: '子どもの成長', hand: '' });
    expect(own?.key).toMatch(/^Webフォーム \d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(textBlock(book, HARD).answers.some((answer) => /^郵送 C\d+$/.test(answer.key))).toBe(true);
  });

  it('keeps a theme typed by hand with its answer through re-runs, a sorted response sheet and new answers', () => {
    typeTheme(book, GOOD, OWN_GROWTH, '未分類');
    expect(counts(summarize(book).json, GOOD)).toMatchObject({ 子どもの成長: 10, 未分類: 20 });
    // The response sheet sorted newest first, and a new answer arrives.
    const rows = sheetValues(book, RESPONSE_SHEET).map((row) => [...row]);
    book.emulator.replaceSheet(RESPONSE_SHEET, [rows[0], ...rows.slice(1).reverse()]);
    book.emulator.submitResponse({ answers: { '② 職種': '看護師', [GOOD]: '子どもの成長を家族と喜べた。' }, email: 'coord001@example.jp' });
    const { json } = summarize(book);
    expect(counts(json, GOOD)).toMatchObject({ 子どもの成長: 11, 未分類: 20 });
    const block = textBlock(book, GOOD).answers;
    expect(block.find((answer) => answer.answer === OWN_GROWTH)?.hand).toBe('未分類');
    expect(block.filter((answer) => answer.hand !== '')).toHaveLength(1);
  });

  it('gives the same sheets when run again, not more of them', () => {
    const before = book.emulator.view().sheets;
    summarize(book);
    const after = book.emulator.view().sheets;
    expect(after.map((view) => view.name)).toEqual(before.map((view) => view.name));
    for (const name of ['テーマ集計', '自由記述', '自由記述の分類']) {
      expect(after.find((view) => view.name === name)?.values).toEqual(before.find((view) => view.name === name)?.values);
    }
  });
});

describe('a codebook with rows that cannot be used', () => {
  const book = preparedSample();
  clickMenu(book, 'openSettings');
  typeCodebook(book, [
    ['⑤-2', '子どもの成長', '成長、表情が豊か、反応が多く'],
    ['⑨-9', '存在しない設問', '支援'],
    ['⑤-3', '', '資源'],
    ['⑤-3', '社会資源の不足', '資源、/(少な/'],
    ['② 職種', '職種', '看護'],
  ]);
  const { json, alert } = summarize(book);

  it('says each bad row in the dialog, with its row', () => {
    expect(alert).toContain('自由記述の分類 3行目：「⑨-9」に当たる設問がフォームにありません。');
    expect(alert).toContain('自由記述の分類 4行目：「テーマ」が空です。');
    expect(alert).toContain('自由記述の分類 5行目：キーワード「/(少な/」は正規表現として読めないため使っていません');
    expect(alert).toContain('自由記述の分類 6行目：「② 職種」は自由記述の設問ではありません。');
  });

  it('says it in the 確認 column too', () => {
    const check = display(book, '自由記述の分類').map((row) => row[3]);
    expect(check).toEqual([
      '確認', '11 件', '「⑨-9」に当たる設問がフォームにありません。', '「テーマ」が空です。',
      'キーワード「/(少な/」は正規表現として読めないため使っていません（この行のほかのキーワードは使っています）。\n6 件',
      '「② 職種」は自由記述の設問ではありません。',
    ]);
  });

  it('applies every other row', () => {
    expect(counts(json, GOOD)).toEqual({ 子どもの成長: 11, 未分類: 39 });
    expect(counts(json, HARD)).toEqual({ 社会資源の不足: 6, 未分類: 46 });
  });
});
