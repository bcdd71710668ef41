/**
 * The local run's command line. With no arguments it runs the sample survey
 * as of the first reminder day and sends the reminders to the emulated
 * mailbox, so that a newcomer sees every output.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { LOCAL_RUN } from '../src/messages';

export interface RunOptions {
  readonly form: string;
  readonly responses: string;
  readonly paper: string | null;
  readonly roster: string | null;
  /** The codebook CSV for 自由記述の分類, when given. */
  readonly codebook: string | null;
  /** The previous round's figures (集計データ or summary.json) for 前回との比較. */
  readonly previous: string | null;
  /** yyyy-MM-dd: the day the run happens on (the emulator's clock). */
  readonly today: string;
  /** yyyy-MM-dd, or null to keep the 設定 sheet's (detected from the form at first). */
  readonly deadline: string | null;
  readonly sendReminders: boolean;
  readonly mailQuota: number;
  readonly out: string;
}

export class UsageError extends Error {}

const OPTIONS = {
  form: { type: 'string' }, responses: { type: 'string' }, paper: { type: 'string' }, roster: { type: 'string' }, codebook: { type: 'string' }, previous: { type: 'string' },
  today: { type: 'string' }, deadline: { type: 'string' }, 'mail-quota': { type: 'string' },
  'send-reminders': { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean' },
} as const;

type Values = { -readonly [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(LOCAL_RUN.args.badDay(flag, value));
  return value;
}

/**
 * The options, checked here rather than by parseArgs' strict mode, whose
 * messages are English: each token is looked at and refused in Japanese.
 */
function parseOptions(argv: readonly string[]): Values {
  const { values, tokens } = parseArgs({ args: [...argv], options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind === 'positional') throw new UsageError(LOCAL_RUN.args.unexpected(token.value));
    if (token.kind !== 'option') continue;
    const option = (OPTIONS as Record<string, { type: 'string' | 'boolean' }>)[token.name];
    if (!option) throw new UsageError(LOCAL_RUN.args.unknownOption(token.rawName));
    if (option.type === 'boolean' && token.value !== undefined) throw new UsageError(LOCAL_RUN.args.takesNoValue(token.rawName));
    // "--form --out x" would read "--out" as the form's file: refused, as the strict mode does.
    if (option.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-')))) {
      throw new UsageError(LOCAL_RUN.args.missingValue(token.rawName));
    }
  }
  return values as Values;
}

export function parseRunArgs(argv: readonly string[], repo: string, todayNow: string): RunOptions {
  const values = parseOptions(argv);
  if (values.help) throw new UsageError('');
  const quotaText = values['mail-quota'];
  const mailQuota = quotaText === undefined ? 100 : Number(quotaText);
  if (!Number.isInteger(mailQuota) || mailQuota < 0) throw new UsageError(LOCAL_RUN.args.badQuota(String(quotaText)));

  const sample = values.form === undefined && values.responses === undefined;
  if (sample) {
    const samples = join(repo, 'samples');
    return {
      form: join(samples, 'form.json'), responses: join(samples, 'responses.csv'),
      paper: values.paper ?? join(samples, 'paper.csv'), roster: values.roster ?? join(samples, 'roster.csv'), codebook: values.codebook ?? null, previous: values.previous ?? null,
      // The sample's first reminder day: every answer is in, 44 have not answered.
      today: day(values.today, '--today') ?? '2023-12-21',
      deadline: day(values.deadline, '--deadline'),
      sendReminders: values['send-reminders'] ?? argv.length === 0,
      mailQuota, out: values.out ?? join(repo, 'out'),
    };
  }
  if (values.form === undefined) throw new UsageError(LOCAL_RUN.args.requiredWith('--form', '--responses'));
  if (values.responses === undefined) throw new UsageError(LOCAL_RUN.args.requiredWith('--responses', '--form'));
  if (values.out === undefined) throw new UsageError(LOCAL_RUN.args.outRequired);
  return {
    form: values.form, responses: values.responses, paper: values.paper ?? null, roster: values.roster ?? null, codebook: values.codebook ?? null, previous: values.previous ?? null,
    today: day(values.today, '--today') ?? todayNow, deadline: day(values.deadline, '--deadline'),
    sendReminders: values['send-reminders'] ?? false, mailQuota, out: values.out,
  };
}
