/**
 * The local run's command line. With no arguments it runs the sample survey
 * as of the first reminder day and sends the reminders to the emulated
 * mailbox, so that a newcomer sees every output.
 */
import { parseArgs } from 'node:util';
import { join } from 'node:path';

export interface RunOptions {
  readonly form: string;
  readonly responses: string;
  readonly paper: string | null;
  readonly roster: string | null;
  /** yyyy-MM-dd: the day the run happens on (the emulator's clock). */
  readonly today: string;
  /** yyyy-MM-dd, or null to keep the 設定 sheet's (detected from the form at first). */
  readonly deadline: string | null;
  readonly sendReminders: boolean;
  readonly mailQuota: number;
  readonly out: string;
}

export class UsageError extends Error {}

export const USAGE = `Usage:
  npm start                                   the sample survey, into out/
  npm start -- --form F.json --responses R.csv [--paper P.csv] [--roster X.csv]
               [--today YYYY-MM-DD] [--deadline YYYY-MM-DD] [--mail-quota N]
               [--send-reminders] --out DIR`;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(value: string | undefined, flag: string): string | null {
  if (value === undefined) return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`${flag} must be a date as YYYY-MM-DD, not "${value}"`);
  return value;
}

export function parseRunArgs(argv: readonly string[], repo: string, todayNow: string): RunOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      options: {
        form: { type: 'string' }, responses: { type: 'string' }, paper: { type: 'string' }, roster: { type: 'string' },
        today: { type: 'string' }, deadline: { type: 'string' }, 'mail-quota': { type: 'string' },
        'send-reminders': { type: 'boolean' }, out: { type: 'string' }, help: { type: 'boolean' },
      },
      strict: true, allowPositionals: false,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) throw new UsageError('');
  const quotaText = values['mail-quota'];
  const mailQuota = quotaText === undefined ? 100 : Number(quotaText);
  if (!Number.isInteger(mailQuota) || mailQuota < 0) throw new UsageError(`--mail-quota must be a whole number, not "${quotaText}"`);

  const sample = values.form === undefined && values.responses === undefined;
  if (sample) {
    const samples = join(repo, 'samples');
    return {
      form: join(samples, 'form.json'), responses: join(samples, 'responses.csv'),
      paper: values.paper ?? join(samples, 'paper.csv'), roster: values.roster ?? join(samples, 'roster.csv'),
      // The sample's first reminder day: every answer is in, 44 have not answered.
      today: day(values.today, '--today') ?? '2023-12-21',
      deadline: day(values.deadline, '--deadline'),
      sendReminders: values['send-reminders'] ?? argv.length === 0,
      mailQuota, out: values.out ?? join(repo, 'out'),
    };
  }
  if (values.form === undefined) throw new UsageError('--form is required with --responses');
  if (values.responses === undefined) throw new UsageError('--responses is required with --form');
  if (values.out === undefined) throw new UsageError('--out is required');
  return {
    form: values.form, responses: values.responses, paper: values.paper ?? null, roster: values.roster ?? null,
    today: day(values.today, '--today') ?? todayNow, deadline: day(values.deadline, '--deadline'),
    sendReminders: values['send-reminders'] ?? false, mailQuota, out: values.out,
  };
}
