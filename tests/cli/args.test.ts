/** The local run's command line: the sample by default, and every mistake refused in Japanese. */
import { parseRunArgs, UsageError } from '../../cli/args';

const REPO = '/repo';
const parse = (...argv: string[]) => parseRunArgs(argv, REPO, '2024-05-01');
const refusal = (...argv: string[]) => {
  try {
    parse(...argv);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
};

describe('the local run\'s options', () => {
  it('runs the sample as of its first reminder day, sending, with no options', () => {
    expect(parse()).toEqual({
      form: '/repo/samples/form.json', responses: '/repo/samples/responses.csv', paper: '/repo/samples/paper.csv', roster: '/repo/samples/roster.csv',
      codebook: null, previous: null, today: '2023-12-21', deadline: null, sendReminders: true, mailQuota: 100, out: '/repo/out',
    });
  });

  it('takes the files (the codebook and the previous round too), the day and the quota given, inline values too', () => {
    expect(parse('--form', 'f.json', '--responses=r.csv', '--out', 'o', '--today', '2024-01-09', '--mail-quota', '0', '--send-reminders', '--codebook', 'c.csv', '--previous', 'summary.json')).toEqual({
      form: 'f.json', responses: 'r.csv', paper: null, roster: null, codebook: 'c.csv', previous: 'summary.json', today: '2024-01-09', deadline: null, sendReminders: true, mailQuota: 0, out: 'o',
    });
  });

  it('refuses what it does not understand, saying which flag or value, in Japanese', () => {
    expect(refusal('--colour', 'red')).toBe('--colour という指定はありません');
    expect(refusal('-x')).toBe('-x という指定はありません');
    expect(refusal('--out')).toBe('--out の後に値を書いてください');
    expect(refusal('--form', '--responses', 'r.csv')).toBe('--form の後に値を書いてください');
    expect(refusal('--help=yes')).toBe('--help は値を取りません');
    expect(refusal('extra')).toBe('「extra」が何の値かわかりません（指定の前に --名前 が要ります）');
    expect(refusal('--today', '2023-02-30x')).toBe('--today は YYYY-MM-DD の形の日付にしてください（「2023-02-30x」ではなく）');
    expect(refusal('--mail-quota', '1.5')).toBe('--mail-quota は 0 以上の整数にしてください（「1.5」ではなく）');
    expect(refusal('--form', 'f.json')).toBe('--form を指定するときは --responses も要ります');
    expect(refusal('--form', 'f.json', '--responses', 'r.csv')).toBe('--out で出力先のフォルダを指定してください');
  });

  it('takes a codebook for the sample too', () => {
    expect(parse('--codebook', 'samples/codebook.csv').codebook).toBe('samples/codebook.csv');
  });

  it('asks for the usage with --help', () => {
    expect(refusal('--help')).toBe('');
  });
});
