/**
 * npm start, as a newcomer runs it: the built local run on the sample, into a
 * fresh directory, then again into the same one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPO = join(__dirname, '../..');
const CLI = join(REPO, 'build/cli.mjs');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

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

  it('continues from the saved workbook: nothing imported or mailed twice', () => {
    const again = sample(out);
    expect(again.code).toBe(0);
    expect(again.out).toContain('0件を取り込みました。12件は「要確認」シートに移しました');
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

describe('unusable input', () => {
  const out = () => mkdtempSync(join(tmpdir(), 'followup-bad-'));

  it('names a missing file', () => {
    const result = run('--form', 'samples/nope.json', '--responses', 'samples/responses.csv', '--out', out());
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('samples/nope.json: no such file');
  });

  it('says what is wrong with a form.json that is not a form', () => {
    const dir = out();
    writeFileSync(join(dir, 'form.json'), '{"title": "x"}');
    const result = run('--form', join(dir, 'form.json'), '--responses', 'samples/responses.csv', '--out', dir);
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('has no "items" array');
  });

  it('refuses a response CSV without the timestamp column', () => {
    const result = run('--form', 'samples/form.json', '--responses', 'samples/paper.csv', '--out', out());
    expect(result.code).not.toBe(0);
    expect(result.err).toContain('row 1: no タイムスタンプ');
  });

  it('explains the options when they are wrong', () => {
    const result = run('--today', 'tomorrow');
    expect(result.code).toBe(2);
    expect(result.err).toContain('--today must be a date');
  });
});
