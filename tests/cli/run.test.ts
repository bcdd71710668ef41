/**
 * npm start, as a newcomer runs it: the built local run on the sample, into a
 * fresh directory, then again into the same one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { parseCsv } from '../../src/model/csv';

const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'build/cli.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lastLine = (text: string) => text.trimEnd().split('\n').pop();

/**
 * Words in Latin letters a line says, paths and file names aside: the
 * console speaks Japanese, but for these few names of formats and things.
 */
const NAMES = new Set(['CSV', 'SVG', 'eml', 'Web', 'URL', 'JSON']);
const latinWords = (text: string) => text.split(/[\s：、（）「」]+/)
  .filter((token) => !token.includes('/') && !/^--[a-z-]+$/.test(token) && !/^[\w.-]+\.[a-z]{2,4}$/.test(token))
  .flatMap((token) => token.match(/[A-Za-z]{2,}/g) ?? [])
  .filter((word) => !NAMES.has(word));

const sample = (out: string, ...more: string[]) => run(
  '--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--paper', 'samples/paper.csv',
  '--roster', 'samples/roster.csv', '--today', '2023-12-21', '--send-reminders', '--out', out, ...more,
);

describe('the local run on the sample', () => {
  const out = mkdtempSync(join(tmpdir(), 'followup-run-'));
  const first = sample(out);

  it('writes every output a user looks at', () => {
    expect(first.err).toBe('');
    expect(first.code).toBe(0);
    for (const file of ['workbook.xlsx', 'summary.json', 'report.html', 'report.pptx', 'workbook.state.json']) expect(existsSync(join(out, file))).toBe(true);
    expect(readdirSync(join(out, 'sheets'))).toEqual(expect.arrayContaining(['回答状況.csv', '単純集計.csv', 'クロス集計.csv', '自由記述.csv', '結果のまとめ.csv', '郵送回答.csv', '名簿.csv', '送信履歴.csv', '郵送リマインド.csv']));
    expect(readdirSync(join(out, 'charts')).filter((file) => file.endsWith('.svg')).length).toBeGreaterThanOrEqual(11);
    expect(readdirSync(join(out, 'outbox'))).toHaveLength(40);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ respondents: 82, channels: { form: 70, paper: 12 }, roster: { size: 126, responded: 82, rate: 0.6508 } });
    expect(first.out).toContain('▸ 集計を作成');
    expect(first.out).toContain('▸ 報告スライドを作成');
  });

  it('speaks Japanese on the console, from the message catalogue, and ends with the report to open', () => {
    expect(first.out).toContain('送信予定：40名、郵送リマインドの対象：4名、今日の送信可能数：100通');
    expect(latinWords(first.out)).toEqual([]);
    expect(lastLine(first.out)).toBe(`  ${join(out, 'report.html')}  ← これを開いてください`);
  });

  it('counts a question on a branch over those the form led to it, in summary.json and 単純集計.csv alike', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const why = Object.keys(summary.questions).find((title) => title.startsWith('⑤-4')) as string;
    expect(summary.questions[why]).toMatchObject({ base: 24, notAsked: 58, answeredNotAsked: 0, answered: 24 });
    const wish = Object.keys(summary.questions).find((title) => title.startsWith('⑧-1')) as string;
    expect(summary.questions[wish]).toMatchObject({ base: 82, notAsked: 0 });
    const simple = readFileSync(join(out, 'sheets', '単純集計.csv'), 'utf8');
    expect(simple).toContain('対象：⑤で『いいえ』と回答した 24 人');
    expect(simple).toContain('対象外,58');
  });

  it('continues from the saved workbook: nothing imported or mailed twice, and exits 2 for the rows held', () => {
    const again = sample(out);
    expect(again.code).toBe(2);
    expect(again.out).toContain('0件を取り込みました。12件は「要確認」シートに移しました');
    expect(lastLine(again.out)).toBe('使えなかった入力があります（終了コード 2）：「paper.csv」の 12 件を要確認に移しました。上の表示を確かめてください。');
    expect(readdirSync(join(out, 'outbox'))).toHaveLength(40);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).respondents).toBe(82);
  });

  it('reads new rows of the response sheet as new web answers', () => {
    const responses = readFileSync(join(REPO, 'samples/responses.csv'), 'utf8').trimEnd().split('\n');
    const header = responses[0].split(',');
    const row: string[] = header.map((title, index) => (index === 0 ? '2023/12/22 10:00:00' : title === 'メールアドレス' ? 'coord001@example.jp' : ''));
    row[header.indexOf('② 職種')] = '看護師';
    const grown = join(out, 'responses-later.csv');
    writeFileSync(grown, `${responses.join('\n')}\n${row.join(',')}\n`);
    const later = run('--form', 'samples/form.json', '--responses', grown, '--today', '2023-12-26', '--send-reminders', '--out', out);
    expect(later.code).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).respondents).toBe(83);
    // The second round: everyone still due, but not C001 who has now answered.
    const mails = readdirSync(join(out, 'outbox'));
    expect(mails).toHaveLength(40 + 39);
    expect(mails.filter((file) => file.includes('coord001'))).toHaveLength(1);
  });
});

describe('the local run with a codebook', () => {
  const out = mkdtempSync(join(tmpdir(), 'followup-themes-'));
  const result = sample(out, '--codebook', 'samples/codebook.csv');

  it('writes the codebook sheet and テーマ集計, and the themes in summary.json in their documented shape', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toContain('▸ 自由記述の分類：samples/codebook.csv\n  7 行を「自由記述の分類」シートに書きました');
    expect(latinWords(result.out)).toEqual([]);
    expect(readdirSync(join(out, 'sheets'))).toEqual(expect.arrayContaining(['自由記述の分類.csv', 'テーマ集計.csv']));
    expect(readdirSync(join(out, 'charts'))).toEqual(expect.arrayContaining(['テーマ集計-1.svg', 'テーマ集計-2.svg']));
    const { themes } = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(themes.map((theme: { theme: string; count: number }) => [theme.theme, theme.count])).toEqual([
      ['子どもの成長', 11], ['家族からの感謝', 11], ['多職種連携の成果', 17], ['未分類', 19],
      ['社会資源の不足', 15], ['多職種チームづくり', 17], ['家族の希望と支援のずれ', 9], ['医療的知識の不足', 10], ['未分類', 11],
    ]);
    expect(Object.keys(themes[0])).toEqual(['question', 'theme', 'count', 'answers', 'byClassifier']);
    expect(themes[0]).toMatchObject({ question: '⑤-2) 支援に携わって良かった、やりがいがあったと感じたこと', answers: 50 });
    expect(themes[0].byClassifier['② 職種']).toMatchObject({ 相談支援専門員: 4, 看護師: 7 });
  });

  it('reads a Shift_JIS codebook, and refuses one without its columns, running the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'followup-codebook-'));
    writeFileSync(join(dir, 'sjis.csv'), iconv.encode(readFileSync(join(REPO, 'samples/codebook.csv'), 'utf8'), 'cp932'));
    const sjis = sample(dir, '--codebook', join(dir, 'sjis.csv'));
    expect(sjis.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).themes).toHaveLength(9);
    const other = mkdtempSync(join(tmpdir(), 'followup-codebook-'));
    writeFileSync(join(other, 'themes.csv'), '設問,テーマ\n⑤-2,子どもの成長\n');
    const refused = sample(other, '--codebook', join(other, 'themes.csv'));
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('1行目に「キーワード」の列がありません（「設問」「テーマ」「キーワード」の列が要ります）。何も書いていません。');
    expect(lastLine(refused.out)).toBe('使えなかった入力があります（終了コード 2）：「themes.csv」は取り込みを中止しました。上の表示を確かめてください。');
    expect(existsSync(join(other, 'report.html'))).toBe(true);
  });
});

describe('the local run with a quota of 10', () => {
  it('sends 10, then the 30 others the next day', () => {
    const out = mkdtempSync(join(tmpdir(), 'followup-quota-'));
    const first = sample(out, '--mail-quota', '10');
    expect(first.out).toContain('残り30名');
    expect(readdirSync(join(out, 'outbox'))).toHaveLength(10);
    const next = run('--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--today', '2023-12-22', '--send-reminders', '--out', out);
    expect(next.code).toBe(0);
    expect(readdirSync(join(out, 'outbox'))).toHaveLength(40);
  });
});

describe('input used in part: everything is written, the run exits 2 and its last line says why', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'followup-part-'));

  it('a paper file with a column of no question is refused as a whole', () => {
    const dir = out();
    const paper = readFileSync(join(REPO, 'samples/paper.csv'), 'utf8').replace('整理番号,', '整理番号,担当者メモ,').replace(/\n(C\d+),/g, '\n$1,,');
    writeFileSync(join(dir, 'paper-memo.csv'), paper);
    const result = sample(dir, '--paper', join(dir, 'paper-memo.csv'));
    expect(result.code).toBe(2);
    expect(result.out).toContain('2列目「担当者メモ」はフォームのどの質問にも当たりません');
    expect(JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')).channels).toEqual({ form: 70, paper: 0 });
    expect(existsSync(join(dir, 'report.html'))).toBe(true);
    expect(lastLine(result.out)).toBe('使えなかった入力があります（終了コード 2）：「paper-memo.csv」は取り込みを中止しました。上の表示を確かめてください。');
  });

  it('a response sheet without the column of ② 職種 is counted without it and said so', () => {
    const dir = out();
    const rows = readFileSync(join(REPO, 'samples/responses.csv'), 'utf8');
    const parsed = parseCsv(rows);
    if (!parsed.ok) throw new Error('samples/responses.csv');
    const column = parsed.rows[0].indexOf('② 職種');
    const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    writeFileSync(join(dir, 'responses.csv'), parsed.rows.map((row) => row.filter((_, index) => index !== column).map(quote).join(',')).join('\n'));
    const result = run('--form', 'samples/form.json', '--responses', join(dir, 'responses.csv'), '--paper', 'samples/paper.csv', '--out', dir);
    expect(result.code).toBe(2);
    expect(result.out).toContain('② 職種：回答シートに列がありません（郵送回答にはありますが、郵送の 12 件だけでは全体を表さないため集計していません）');
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.missingColumns).toEqual([{ question: '② 職種', paperAnswers: 12 }]);
    expect(lastLine(result.out)).toBe('使えなかった入力があります（終了コード 2）：集計を作成が確認を求めています。上の表示を確かめてください。');
  });
});

describe('unusable input', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'followup-bad-'));

  it('names a missing file', () => {
    const result = run('--form', 'samples/nope.json', '--responses', 'samples/responses.csv', '--out', out());
    expect(result.code).toBe(1);
    expect(result.err).toBe('エラー：samples/nope.json：ファイルがありません\n');
  });

  it('says what is wrong with a form.json that is not a form, or not JSON', () => {
    const dir = out();
    writeFileSync(join(dir, 'form.json'), '{"title": "x"}');
    const result = run('--form', join(dir, 'form.json'), '--responses', 'samples/responses.csv', '--out', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('（"items" の配列がありません）');
    // A comma too many before the closing brace, on line 4.
    writeFileSync(join(dir, 'broken.json'), '{\n  "info": {},\n  "items": [],\n}');
    expect(run('--form', join(dir, 'broken.json'), '--responses', 'samples/responses.csv', '--out', dir).err).toContain('broken.json：JSON として読めません（4行目あたり）');
  });

  it('names an option or a section end that goes to no section', () => {
    const dir = out();
    const form = JSON.parse(readFileSync(join(REPO, 'samples/form.json'), 'utf8'));
    form.items.find((item: { itemId: string }) => item.itemId === 's20').pageBreakItem = { goToSectionId: 's99' };
    writeFileSync(join(dir, 'form.json'), JSON.stringify(form));
    const result = run('--form', join(dir, 'form.json'), '--responses', 'samples/responses.csv', '--out', dir);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Page break s20 goes to "s99", which is no page break of the form.');
  });

  it('refuses a response CSV without the timestamp column', () => {
    const result = run('--form', 'samples/form.json', '--responses', 'samples/paper.csv', '--out', out());
    expect(result.code).toBe(1);
    expect(result.err).toContain('samples/paper.csv：1行目に「タイムスタンプ」の列がありません');
  });

  it('explains the options, in Japanese, when they are wrong', () => {
    const wrong = [
      [['--today', 'tomorrow'], '--today は YYYY-MM-DD の形の日付にしてください（「tomorrow」ではなく）'],
      [['--colour', 'red'], '--colour という指定はありません'],
      [['--form', '--out', 'x'], '--form の後に値を書いてください'],
      [['--send-reminders=yes'], '--send-reminders は値を取りません'],
      [['samples/form.json'], '「samples/form.json」が何の値かわかりません'],
      [['--responses', 'samples/responses.csv'], '--responses を指定するときは --form も要ります'],
    ] as const;
    for (const [args, message] of wrong) {
      const result = run(...args);
      expect(result.code).toBe(2);
      expect(result.err).toContain(`エラー：${message}`);
      expect(result.err).toContain('使い方：');
    }
  });
});
