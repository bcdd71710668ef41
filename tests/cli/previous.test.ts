/**
 * npm start -- --previous: the second sample round compared with the first,
 * from the first round's summary.json, as staff would import 集計データ.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import JSZip from 'jszip';
import { join } from 'node:path';

const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'build/cli.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const round2 = (out: string, previous: string) => run(
  '--form', 'samples/round2/form.json', '--responses', 'samples/round2/responses.csv', '--paper', 'samples/round2/paper.csv',
  '--roster', 'samples/round2/roster.csv', '--today', '2026-11-23', '--previous', previous, '--out', out,
);

const KEYS = ['option', 'previousCount', 'previousShare', 'count', 'share', 'diffPoints', 'test', 'p', 'significant'];

describe('npm start -- --previous on the second sample round', () => {
  const first = mkdtempSync(join(tmpdir(), 'followup-round1-'));
  const second = mkdtempSync(join(tmpdir(), 'followup-round2-'));
  const one = run('--form', 'samples/form.json', '--responses', 'samples/responses.csv', '--paper', 'samples/paper.csv', '--roster', 'samples/roster.csv', '--today', '2023-12-21', '--out', first);
  const two = round2(second, join(first, 'summary.json'));
  const summary = JSON.parse(readFileSync(join(second, 'summary.json'), 'utf8'));
  const question = (start: string) => summary.comparison.questions.find((entry: { question: string }) => entry.question.startsWith(start));
  const option = (start: string, name: string) => question(start).options.find((entry: { option: string }) => entry.option === name);

  it('imports the first round and says which questions only one round has', () => {
    expect([one.code, two.code, two.err]).toEqual([0, 0, '']);
    expect(two.out).toContain('▸ 前回の結果を取り込む：');
    expect(two.out).toContain('「summary.json」（医療的ケア児等コーディネーター養成研修修了者の現状調査）を前回の結果として取り込みました。');
    expect(two.out).toContain('今回のみの設問：Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか');
    expect(two.out).toContain('前回のみの設問：④ コーディネーター養成研修の修了年度');
    expect(two.out).toContain('前回との比較：9 問を比較しました');
  });

  it("writes comparison into summary.json in the issue's shape", () => {
    expect(Object.keys(summary.comparison)).toEqual(['previous', 'questions', 'unmatched']);
    expect(summary.comparison.previous).toEqual({ respondents: 82, rosterSize: 126, firstAnswer: '2023-12-01', lastAnswer: '2023-12-20' });
    expect(summary.comparison.unmatched).toEqual({
      current: ['Q8. 医療的ケア児等支援センターの相談窓口を利用したことがありますか'],
      previous: ['④ コーディネーター養成研修の修了年度'],
    });
    expect(summary.comparison.questions.map((entry: { question: string; previousQuestion: string }) => [entry.question.slice(0, 5), entry.previousQuestion.slice(0, 4)])).toEqual([
      ['Q2. 職', '② 職種'], ['Q3. 勤', '③ 勤務'], ['Q4. コ', '⑤ コー'], ['Q4-1.', '⑤-1)'], ['Q4-4.', '⑤-4)'], ['Q5. コ', '⑥ コー'], ['Q5-1.', '⑥-1)'], ['Q6. 医', '⑦ 医療'], ['Q7. コ', '⑧ コー'],
    ]);
    for (const entry of summary.comparison.questions) {
      expect(Object.keys(entry)).toEqual(['question', 'previousQuestion', 'options']);
      for (const row of entry.options) expect(Object.keys(row)).toEqual(KEYS);
    }
  });

  it('gives the headline changes: shares of the base, differences in points, the test and whether it is significant', () => {
    // Q5 (⑥) 研修会に参加: 39 of 82 → 56 of 85, +18.3 points, z = 2.39, p = 0.017.
    const yes = option('Q5.', 'はい');
    expect(yes).toMatchObject({ previousCount: 39, count: 56, test: 'z', significant: true });
    expect(yes.previousShare).toBeCloseTo(39 / 82, 12);
    expect(yes.share).toBeCloseTo(56 / 85, 12);
    expect(yes.diffPoints).toBeCloseTo(18.32, 2);
    expect(yes.p).toBeCloseTo(0.01685, 5);
    // Q4 (⑤) 支援に携わった: 58 of 82 → 63 of 85, +3.4 points: no evidence of a change.
    expect(option('Q4.', 'はい')).toMatchObject({ previousCount: 58, count: 63, test: 'z', significant: false });
    expect(option('Q4.', 'はい').p).toBeCloseTo(0.624, 3);
    // A multi-select question over those who answered it; the option added this round has no previous figures.
    expect(option('Q7.', '定期的に集まれる場（交流会・ワールドカフェ等）')).toMatchObject({ previousCount: 41, previousShare: 0.5, count: 27, test: 'z', significant: true });
    expect(option('Q7.', 'オンラインでの交流会')).toEqual({
      option: 'オンラインでの交流会', previousCount: null, previousShare: null, count: 24, share: 24 / 85, diffPoints: null, test: null, p: null, significant: false,
    });
    // A small count: Fisher's exact test.
    expect(option('Q5-1.', '関心のある内容の研修がない')).toMatchObject({ previousCount: 9, count: 8, test: 'fisher', significant: true });
  });

  it('writes 前回との比較 into the workbook and the report, and keeps the stored file out of both', () => {
    const csv = readFileSync(join(second, 'sheets', '前回との比較.csv'), 'utf8');
    expect(csv).toContain('回答率,65.1%,74.6%');
    expect(csv).toContain('はい,39,47.6%,56,65.9%,+18.3,＊');
    expect(csv).toContain('オンラインでの交流会（今回のみ）,—,—,24,28.2%,—,');
    // The layered table's rates: the report's support rate of the eastern region, 26 of 36 (72 %).
    expect(csv).toContain('東部圏域：はい,26,72.2%,37,78.7%,+6.5,');
    expect(readdirSync(join(second, 'sheets'))).not.toContain('前回の集計データ.csv');
    const report = readFileSync(join(second, 'report.html'), 'utf8');
    expect(report).toContain('<h2>前回との比較</h2>');
    expect(report).not.toContain('前回の集計データ');
    expect(readdirSync(join(second, 'charts')).filter((file) => file.startsWith('前回との比較') && file.endsWith('.svg'))).toHaveLength(9);
  });

  it('adds 前回との比較 to report.pptx: the rounds side by side, then each matched question with its chart and ＊ where the change is significant', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(second, 'report.pptx')));
    const slides = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
      .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
      .map(async (name) => zip.file(name)?.async('string') ?? ''));
    const texts = slides.map((slide) => slide.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '));
    const titled = (start: string) => texts.filter((slide) => slide.includes(start));
    const [rounds] = titled('前回との比較 項目 前回 今回 回答期間');
    expect(rounds).toContain('65.1%');
    expect(rounds).toContain('74.6%');
    const trained = titled('前回との比較：Q5.').filter((slide) => !slide.includes('圏域ごと'));
    expect(trained).toHaveLength(1);
    for (const figure of ['47.6%', '65.9%', '+18.3', '＊', '前回 82人・今回 85人']) expect(trained[0]).toContain(figure);
    // Nine matched questions, each with the picture of its grouped bars.
    const questions = texts.flatMap((slide, index) => (/前回との比較：Q/.test(slide) && !slide.includes('圏域ごと') ? [index] : []));
    const numbers = (indexes: number[]) => new Set(indexes.map((index) => /前回との比較：(Q[\d-]+\.)/.exec(texts[index])?.[1]));
    expect(numbers(questions).size).toBe(9);
    expect(numbers(questions.filter((index) => slides[index].includes('drawingml/2006/chart'))).size).toBe(9);
    expect(titled('前回との比較：').some((slide) => slide.includes('東部圏域：はい') && slide.includes('72.2%'))).toBe(true);
    // The section comes before 結果のまとめ, which staff fill in.
    expect(texts.findIndex((slide) => slide.includes('前回との比較 項目'))).toBeLessThan(texts.findIndex((slide) => slide.includes('結果のまとめ')));
  });

  it("draws each comparison chart as the sheet does: 前回 blue above 今回 red, shares as percentages, bars not crowded out by a long title", async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(second, 'report.pptx')));
    const charts = await Promise.all(Object.keys(zip.files).filter((name) => /^ppt\/charts\/chart\d+\.xml$/.test(name)).map((name) => zip.file(name)?.async('string') ?? ''));
    // Q5 (⑥) 研修会に参加: はい 39 of 82 → 56 of 85.
    const trained = charts.filter((chart) => chart.includes('前回 割合') && chart.includes(String(39 / 82).slice(0, 8)));
    expect(trained).toHaveLength(1);
    const [chart] = trained;
    const colour = (series: string) => new RegExp(`<c:v>${series}</c:v>.*?srgbClr val="(\\w+)"`, 's').exec(chart)?.[1];
    expect([colour('前回 割合'), colour('今回 割合')]).toEqual(['4285F4', 'EA4335']);
    // PowerPoint draws a bar chart's series from the bottom: 今回 first puts 前回 on top, as in Sheets.
    expect(chart.indexOf('<c:v>今回 割合</c:v>')).toBeLessThan(chart.indexOf('<c:v>前回 割合</c:v>'));
    expect(chart).toContain('formatCode="0.0%"');
    expect(chart).not.toContain('<c:title>');
  });

  it('refuses a file of another kind or another survey, changes nothing, and exits 2', () => {
    const wrong = join(first, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ format: 1, title: '別の調査', firstAnswer: null, lastAnswer: null, respondents: 3, roster: null, questions: { 好きな色: { type: 'RADIO', base: 3, notAsked: 0, answeredNotAsked: 0, answered: 3, counts: { 赤: 1, 青: 2 }, other: 0, texts: [] } }, crosstabs: [] }));
    const out = mkdtempSync(join(tmpdir(), 'followup-round2-wrong-'));
    const refused = round2(out, wrong);
    expect(refused.code).toBe(2);
    expect(refused.out).toContain('「別の調査」の集計データには、このフォームと対応する設問が1つもありません。');
    expect(refused.out.trimEnd().split('\n').pop()).toBe('使えなかった入力があります（終了コード 2）：「wrong.json」は取り込みを中止しました。上の表示を確かめてください。');
    expect(JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')).comparison).toBeUndefined();
    expect(existsSync(join(out, 'sheets', '前回との比較.csv'))).toBe(false);
    const notJson = round2(out, join(REPO, 'samples/round2/roster.csv'));
    expect(notJson.out).toContain('JSON ファイルとして読めません。');
  });
});
