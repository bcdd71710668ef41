/**
 * Coding free-text answers into themes: the codebook's keywords, several
 * themes per answer, 未分類, and themes typed by hand in 自由記述, which win
 * and stay with their answer from one 集計を作成 to the next.
 */
import type { CellValue } from '../../../src/model/cells';
import type { Respondent } from '../../../src/model/respondents';
import { readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { textsSheet } from '../../../src/summary/sheets/texts';
import { summarize } from '../../../src/summary/summarize';
import type { ThemeOutputs } from '../../../src/themes';
import { themeOutputs } from '../../../src/themes';

const TIME_ZONE = 'Asia/Tokyo';

const survey: Survey = {
  title: '研修アンケート', description: '', sections: [{ title: '研修アンケート', description: '' }],
  collectsEmail: false, publishedUrl: 'https://example.test/form', fromForm: true,
  questions: [
    { id: 'job', title: '① 職種', kind: 'choice', type: 'RADIO', required: true, section: 0, options: ['看護師', '相談員'], hasOther: false },
    { id: 'good', title: '② よかったこと', kind: 'text', required: false, section: 0, paragraph: true },
    { id: 'hard', title: '③ 困ったこと', kind: 'text', required: false, section: 0, paragraph: true },
  ],
};

const at = (day: number, hour = 9) => new Date(Date.UTC(2024, 5, day, hour, 0, 0));
const HEADER = ['タイムスタンプ', '① 職種', '② よかったこと', '③ 困ったこと'];
const ROWS: CellValue[][] = [
  [at(1), '看護師', '子どもの成長を家族と喜べた', '資源が少ない'],
  [at(2), '相談員', 'ＰＴと連携できた。家族からも感謝された', ''],
  [at(3), '相談員', '特になし', '医療の知識が足りない'],
  [at(4), '看護師', '', '事業所が少なく、知識も足りない'],
];

const CODEBOOK: CellValue[][] = [
  ['設問', 'テーマ', 'キーワード', '確認'],
  ['②', '子どもの成長', '成長', ''],
  ['② よかったこと', '家族からの感謝', '感謝、喜', ''],
  ['②', '多職種連携', 'pt、連携', ''],
  ['③', '資源の不足', '資源、/事業所が.?少な/', ''],
  ['③', '知識の不足', '知識', ''],
];

function web(rows: readonly CellValue[][]): Respondent[] {
  const values = [HEADER, ...rows];
  const layout = webSheetLayout(values, survey);
  if (!layout) throw new Error('no layout');
  return readWebRespondents(values, survey, layout, TIME_ZONE);
}

const paper = (rosterId: string, good: string, row: number): Respondent => ({
  channel: 'paper', row, receivedAt: at(5), email: '', rosterId,
  answers: new Map([['job', { kind: 'choice', selected: [1], other: null }], ['good', { kind: 'text', text: good }]]),
});

/** 集計を作成, as far as the coding goes: the outputs, and 自由記述 as it would be written. */
function run(respondents: readonly Respondent[], options: { codebook?: CellValue[][] | null; texts?: CellValue[][] | null; hasThemesSheet?: boolean } = {}) {
  const summary = summarize({
    survey, respondents, roster: null, timeZone: TIME_ZONE, missingColumns: [], ignoredColumns: [],
    settings: { classifierIds: ['job'], layered: [], excludedIds: [], optionOrder: 'form', textWithClassifiers: true, audiences: [], countHeadings: [] },
  });
  const outputs = themeOutputs({
    summary, respondents, timeZone: TIME_ZONE, codebook: options.codebook === undefined ? CODEBOOK : options.codebook,
    texts: options.texts ?? null, hasThemesSheet: options.hasThemesSheet ?? false,
  });
  const texts = textsSheet(summary, outputs.textColumns).values.map((row) => [...row]);
  return { outputs, texts };
}

const themesOf = (outputs: ThemeOutputs, question: string) =>
  Object.fromEntries(outputs.json.filter((theme) => theme.question === question).map((theme) => [theme.theme, theme.count]));

/** A 自由記述 row: its answer, keyword themes, typed themes and who wrote it, by the block it is in. */
function textRows(texts: readonly (readonly CellValue[])[], title: string) {
  const start = texts.findIndex((row) => row[0] === title);
  const header = texts[start + 1];
  const rows: Array<{ row: number; answer: string; auto: string; hand: string; key: string }> = [];
  for (let r = start + 2; r < texts.length && texts[r][1] !== ''; r++) {
    rows.push({ row: r, answer: String(texts[r][1]), auto: String(texts[r][header.indexOf('自動分類（キーワード）')]), hand: String(texts[r][header.indexOf('テーマ')]), key: String(texts[r][header.indexOf('回答者')]) });
  }
  return { rows, handColumn: header.indexOf('テーマ') };
}

/** Staff type `theme` in the テーマ cell of the answer `answer`. */
function typeTheme(texts: CellValue[][], title: string, answer: string, theme: string): void {
  const { rows, handColumn } = textRows(texts, title);
  const found = rows.find((row) => row.answer === answer);
  if (!found) throw new Error(`no answer ${answer}`);
  texts[found.row][handColumn] = theme;
}

describe('answers coded by the codebook', () => {
  const { outputs, texts } = run([...web(ROWS), paper('C001', '連携して子どもの成長を見守れた', 7)]);

  it('counts each theme over the non-empty answers, an answer in several themes, the rest 未分類', () => {
    expect(themesOf(outputs, '② よかったこと')).toEqual({ 子どもの成長: 2, 家族からの感謝: 2, 多職種連携: 2, 未分類: 1 });
    expect(outputs.json.filter((theme) => theme.question === '② よかったこと').map((theme) => theme.answers)).toEqual([4, 4, 4, 4]);
    expect(themesOf(outputs, '③ 困ったこと')).toEqual({ 資源の不足: 2, 知識の不足: 2, 未分類: 0 });
  });

  it('splits each theme by the 分類 question, as summary.json has it', () => {
    expect(outputs.json.find((theme) => theme.theme === '子どもの成長')?.byClassifier).toEqual({ '① 職種': { 看護師: 1, 相談員: 1 } });
    expect(outputs.json.find((theme) => theme.theme === '未分類' && theme.question === '② よかったこと')?.byClassifier).toEqual({ '① 職種': { 看護師: 0, 相談員: 1 } });
  });

  it('shows beside each answer the themes its keywords give, and who wrote it', () => {
    expect(textRows(texts, '② よかったこと').rows.map(({ auto, key }) => [auto, key])).toEqual([
      ['子どもの成長、家族からの感謝', 'Webフォーム 2024/06/01 18:00:00'],
      ['家族からの感謝、多職種連携', 'Webフォーム 2024/06/02 18:00:00'],
      ['', 'Webフォーム 2024/06/03 18:00:00'],
      ['子どもの成長、多職種連携', '郵送 C001'],
    ]);
  });

  it('says beside each codebook row how many answers its theme holds', () => {
    expect(outputs.checks).toEqual({ column: 4, values: [['確認'], ['2 件'], ['2 件'], ['2 件'], ['2 件'], ['2 件']] });
    expect(outputs.warnings).toEqual([]);
  });

  it('leaves 確認 alone when it already says so (a re-run with nothing new)', () => {
    const checked = CODEBOOK.map((row, index) => [...row.slice(0, 3), outputs.checks?.values[index][0] ?? '']);
    expect(run([...web(ROWS), paper('C001', '連携して子どもの成長を見守れた', 7)], { codebook: checked }).outputs.checks).toBeNull();
  });

  it('writes テーマ集計 with a bar chart per coded question', () => {
    expect(outputs.sheet?.charts.map((chart) => [chart.kind, chart.title])).toEqual([['BAR', '② よかったこと'], ['BAR', '③ 困ったこと']]);
  });
});

describe('a codebook with rows that cannot be used', () => {
  const codebook: CellValue[][] = [
    ['設問', 'テーマ', 'キーワード'],
    ['⑨', '存在しない', '何か'],
    ['① 職種', '選択式', '看護'],
    ['②', '', '成長'],
    ['', '設問なし', '成長'],
    ['②', '子どもの成長', '成長、/(閉じない/'],
    ['②', '未分類', '特に'],
    ['②', '手入力だけ', ''],
    ['②', '子どもの成長', '見守'],
    ['', '', ''],
  ];
  const { outputs } = run([...web(ROWS), paper('C001', '連携して子どもの成長を見守れた', 7)], { codebook });

  it('says what is wrong with each row, in the sheet and in the dialog, and applies the rest', () => {
    expect(outputs.checks?.column).toBe(4);
    expect(outputs.checks?.values.map((cell) => cell[0])).toEqual([
      '確認',
      '「⑨」に当たる設問がフォームにありません。',
      '「① 職種」は自由記述の設問ではありません。',
      '「テーマ」が空です。',
      '「設問」が空です。題名か番号（⑤-2 など）で書いてください。',
      'キーワード「/(閉じない/」は正規表現として読めないため使っていません（この行のほかのキーワードは使っています）。\n2 件',
      '「未分類」はテーマの名前に使えません（どのテーマにも入らない回答の呼び名です）。',
      'キーワードがありません。「自由記述」シートの「テーマ」列に手で入力した回答だけが入ります。\n0 件',
      '同じテーマが 6行目にもあります。キーワードを合わせて使います。\n2 件',
      '',
    ]);
    expect(outputs.warnings).toEqual([
      '自由記述の分類 2行目：「⑨」に当たる設問がフォームにありません。',
      '自由記述の分類 3行目：「① 職種」は自由記述の設問ではありません。',
      '自由記述の分類 4行目：「テーマ」が空です。',
      '自由記述の分類 5行目：「設問」が空です。題名か番号（⑤-2 など）で書いてください。',
      '自由記述の分類 6行目：キーワード「/(閉じない/」は正規表現として読めないため使っていません（この行のほかのキーワードは使っています）。',
      '自由記述の分類 7行目：「未分類」はテーマの名前に使えません（どのテーマにも入らない回答の呼び名です）。',
    ]);
    expect(themesOf(outputs, '② よかったこと')).toEqual({ 子どもの成長: 2, 手入力だけ: 0, 未分類: 2 });
  });

  it('puts 確認 after the last titled column when the sheet has none, never over staff columns', () => {
    const memo = [['設問', 'テーマ', 'キーワード', 'メモ'], ['②', '子どもの成長', '成長', '担当：山田']];
    expect(run(web(ROWS), { codebook: memo }).outputs.checks?.column).toBe(5);
  });

  it('says a theme for a question left out of the summary', () => {
    const summary = summarize({
      survey, respondents: web(ROWS), roster: null, timeZone: TIME_ZONE, missingColumns: [], ignoredColumns: [],
      settings: { classifierIds: [], layered: [], excludedIds: ['hard'], optionOrder: 'form', textWithClassifiers: false, audiences: [], countHeadings: [] },
    });
    const left = themeOutputs({ summary, respondents: web(ROWS), timeZone: TIME_ZONE, codebook: CODEBOOK, texts: null, hasThemesSheet: false });
    expect(left.warnings).toContain('自由記述の分類 5行目：「③ 困ったこと」は集計していない設問です（設定の「集計しない設問」にあるか、回答シートに列がありません）。');
  });
});

describe('themes typed by hand in 自由記述', () => {
  const respondents = [...web(ROWS), paper('C001', '連携して子どもの成長を見守れた', 7)];
  const first = run(respondents);
  const typed = first.texts.map((row) => [...row]);
  typeTheme(typed, '② よかったこと', '特になし', '家族からの感謝');
  typeTheme(typed, '② よかったこと', 'ＰＴと連携できた。家族からも感謝された', '多職種連携');
  typeTheme(typed, '② よかったこと', '連携して子どもの成長を見守れた', '未分類');
  const second = run(respondents, { texts: typed });

  it('replace the keyword themes of that answer; 未分類 takes it out of every theme', () => {
    expect(themesOf(second.outputs, '② よかったこと')).toEqual({ 子どもの成長: 1, 家族からの感謝: 2, 多職種連携: 1, 未分類: 1 });
  });

  it('are written back where they were typed, the keyword themes still shown beside them', () => {
    const rows = textRows(second.texts, '② よかったこと').rows;
    expect(rows.map(({ answer, auto, hand }) => [answer, auto, hand])).toEqual([
      ['子どもの成長を家族と喜べた', '子どもの成長、家族からの感謝', ''],
      ['ＰＴと連携できた。家族からも感謝された', '家族からの感謝、多職種連携', '多職種連携'],
      ['特になし', '', '家族からの感謝'],
      ['連携して子どもの成長を見守れた', '子どもの成長、多職種連携', '未分類'],
    ]);
  });

  it('stay with their answer when the response sheet is sorted and a new answer arrives before them', () => {
    // Sorted newest first, and an answer submitted on day 0 (it arrives late, its timestamp first).
    const reordered = [...web([[at(0), '看護師', '特になし', ''], ...[...ROWS].reverse()]), paper('C001', '連携して子どもの成長を見守れた', 7)];
    const again = run(reordered, { texts: second.texts });
    const rows = textRows(again.texts, '② よかったこと').rows;
    const handOf = (key: string) => rows.find((row) => row.key === key)?.hand;
    expect(rows.map((row) => row.answer)).toEqual(['特になし', '特になし', 'ＰＴと連携できた。家族からも感謝された', '子どもの成長を家族と喜べた', '連携して子どもの成長を見守れた']);
    expect(handOf('Webフォーム 2024/06/03 18:00:00')).toBe('家族からの感謝');
    expect(handOf('Webフォーム 2024/05/31 18:00:00')).toBe('');
    expect(handOf('Webフォーム 2024/06/02 18:00:00')).toBe('多職種連携');
    expect(handOf('郵送 C001')).toBe('未分類');
    expect(themesOf(again.outputs, '② よかったこと')).toEqual({ 子どもの成長: 1, 家族からの感謝: 2, 多職種連携: 1, 未分類: 2 });
  });

  it('survive a change of the codebook: a theme no longer in it is counted under its name and said', () => {
    const codebook = CODEBOOK.filter((row) => row[1] !== '多職種連携');
    const changed = run(respondents, { codebook, texts: second.texts });
    expect(themesOf(changed.outputs, '② よかったこと')).toEqual({ 子どもの成長: 1, 家族からの感謝: 2, 多職種連携: 1, 未分類: 1 });
    expect(changed.outputs.warnings).toEqual([
      '自由記述 ② の「テーマ」列の「多職種連携」（1 件）は分類表にないテーマです。テーマ集計では「分類表にないテーマ」として数えています。「自由記述の分類」シートに加えるか、「テーマ」列を直してください。',
    ]);
    expect(changed.outputs.sheet?.values.some((row) => row[0] === '多職種連携（分類表にないテーマ）')).toBe(true);
    expect(textRows(changed.texts, '② よかったこと').rows[1].hand).toBe('多職種連携');
  });

  it('stay in 自由記述 even once the codebook is emptied', () => {
    const emptied = run(respondents, { codebook: [['設問', 'テーマ', 'キーワード', '確認']], texts: second.texts, hasThemesSheet: true });
    expect(textRows(emptied.texts, '② よかったこと').rows.map((row) => row.hand)).toEqual(['', '多職種連携', '家族からの感謝', '未分類']);
    expect(emptied.outputs.sheet).not.toBeNull();
  });

  it('are never moved to another answer under a key that says a row (paper answers without 整理番号)', () => {
    const before = run([...web(ROWS), paper('', '連携して子どもの成長を見守れた', 7), paper('', '家族に感謝された', 8)]);
    expect(textRows(before.texts, '② よかったこと').rows.map((row) => row.key).slice(-2)).toEqual(['郵送 7行目', '郵送 8行目']);
    const typedByRow = before.texts.map((row) => [...row]);
    typeTheme(typedByRow, '② よかったこと', '連携して子どもの成長を見守れた', '家族からの感謝');
    // Row 7 of 郵送回答 is deleted: the answer that was on row 8 moves up to row 7.
    const after = run([...web(ROWS), paper('', '家族に感謝された', 7)], { texts: typedByRow });
    expect(textRows(after.texts, '② よかったこと').rows.at(-1)).toMatchObject({ answer: '家族に感謝された', key: '郵送 7行目', hand: '' });
    expect(after.outputs.info).toContain('自由記述 ②：テーマを手入力した回答のうち 1 件が見つからなくなったため（回答の削除など）、そのテーマも外しました。');
  });

  it('go with their answer when it is deleted, and that is said', () => {
    const fewer = run([...web(ROWS.slice(0, 2)), paper('C001', '連携して子どもの成長を見守れた', 7)], { texts: second.texts });
    expect(fewer.outputs.info).toContain('自由記述 ②：テーマを手入力した回答のうち 1 件が見つからなくなったため（回答の削除など）、そのテーマも外しました。');
  });
});

describe('without a codebook', () => {
  it('leaves 自由記述 as it was and writes no テーマ集計', () => {
    const { outputs, texts } = run(web(ROWS), { codebook: null });
    expect(outputs.sheet).toBeNull();
    expect(outputs.textColumns).toBeNull();
    expect(outputs.json).toEqual([]);
    expect(texts[1]).toEqual(['No.', '回答', '① 職種']);
  });

  it('rewrites an earlier テーマ集計 rather than leave its figures', () => {
    expect(run(web(ROWS), { codebook: [['設問', 'テーマ', 'キーワード']], hasThemesSheet: true }).outputs.sheet?.values[2][0]).toBe('「自由記述の分類」シートに使えるテーマがありません。');
  });
});
