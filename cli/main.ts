/**
 * npm start: the add-on's whole workflow on the emulator, with no Google
 * account. The built bundle (dist/Code.js) runs the same menu actions and
 * dialog calls a staff member would click, on a workbook kept in the output
 * directory between runs; then everything a person would look at is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Bundle } from '../emulator';
import { Emulator, loadBundle } from '../emulator';
import type { EmulatorState } from '../emulator/state';
import { writeOutputs } from './outputs';
import type { RunOptions } from './args';
import { parseRunArgs, USAGE, UsageError } from './args';
import { InputError, readForm, readResponses, readUpload } from './inputs';
import { setDeadline } from './settings';

// The run is build/cli.mjs: the repository is one folder up.
const REPO = resolve(dirname(process.argv[1]), '..');
const RESPONSE_SHEET = 'フォームの回答 1';
const STATE_FILE = 'workbook.state.json';
const TIME_ZONE = 'Asia/Tokyo';

const step = (text: string) => console.log(`▸ ${text}`);
const detail = (text: string) => console.log(`  ${text.replace(/\n/g, '\n  ')}`);

/** 09:00 in Tokyo: the run happens in office hours of its day. */
function morning(day: string): Date {
  return new Date(`${day}T09:00:00+09:00`);
}

function openWorkbook(options: RunOptions): { emulator: Emulator; resumed: boolean } {
  const form = readForm(options.form);
  const responses = readResponses(options.responses, TIME_ZONE);
  const statePath = join(options.out, STATE_FILE);
  const common = { form, now: morning(options.today), mailQuota: options.mailQuota, htmlDir: join(REPO, 'dist'), timeZone: TIME_ZONE };
  if (existsSync(statePath)) {
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as EmulatorState;
    const emulator = Emulator.restore(state, common);
    emulator.replaceSheet(RESPONSE_SHEET, responses);
    return { emulator, resumed: true };
  }
  const emulator = new Emulator({ ...common, spreadsheetName: form.info.documentTitle ?? form.info.title });
  emulator.addSheet(RESPONSE_SHEET, responses);
  emulator.linkForm(RESPONSE_SHEET);
  return { emulator, resumed: false };
}

/** Alerts and toasts the run caused, shown as the staff member would have seen them. */
function showUi(emulator: Emulator, from: number): void {
  for (const event of emulator.ui.events.slice(from)) {
    if (event.kind === 'toast') detail(`[toast] ${event.message}`);
    if (event.kind === 'alert') detail(`[alert] ${event.prompt}`);
  }
}

interface Result { readonly kind: string; readonly message?: string; readonly problems?: readonly string[] }

function report(result: Result): void {
  if (result.message) detail(result.message);
  for (const problem of (result.problems ?? []).slice(0, 10)) detail(`- ${problem}`);
  if ((result.problems?.length ?? 0) > 10) detail(`- … ${result.problems!.length - 10} more`);
}

function menuAction(emulator: Emulator, bundle: Bundle, name: string, ...args: unknown[]): unknown {
  const before = emulator.ui.events.length;
  // The alert a menu action may raise is acknowledged, as the staff member would.
  emulator.ui.answerNext('OK');
  const result = bundle.call(name, ...args);
  showUi(emulator, before);
  emulator.ui.clear();
  return result;
}

async function run(options: RunOptions): Promise<void> {
  mkdirSync(options.out, { recursive: true });
  const { emulator, resumed } = openWorkbook(options);
  step(`${resumed ? 'Continuing the workbook in' : 'New workbook in'} ${options.out} as of ${options.today}`);
  const bundle = loadBundle(emulator, join(REPO, 'dist/Code.js'));
  bundle.open();
  detail(`Menu: ${emulator.ui.menus().map((menu) => menu.title).join(', ')}`);
  emulator.ui.clear();

  if (options.roster) {
    step(`名簿を取り込み: ${options.roster}`);
    const upload = readUpload(options.roster);
    report(bundle.run('rosterImportFile', upload.base64, upload.name, true) as Result);
  }
  step('設定');
  menuAction(emulator, bundle, 'openSettings');
  if (options.deadline) {
    setDeadline(emulator, options.deadline);
    detail(`回答締切日 = ${options.deadline}`);
  }
  if (options.paper) {
    step(`郵送回答を一括取り込み: ${options.paper}`);
    const upload = readUpload(options.paper);
    report(bundle.run('paperImportFile', upload.base64, upload.name) as Result);
  }
  step('集計を作成');
  const summary = menuAction(emulator, bundle, 'generateSummary');
  if (summary) writeFileSync(join(options.out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  step('報告スライドを作成');
  const made = menuAction(emulator, bundle, 'createReportDeck') as { name: string } | null;
  const deck = made ? emulator.presentations().find((presentation) => presentation.name === made.name) ?? null : null;

  step(`リマインドメール (${options.sendReminders ? 'send' : 'plan only'})`);
  const dialog = bundle.run('reminderDialog') as
    | { kind: 'stopped'; messages: string[] }
    | { kind: 'ready'; quota: number; preview: { schedule: string; round: string | null; count: number; postal: unknown[]; recipients: Array<{ id: string }>; canSend: boolean; blocking: string[] } };
  if (dialog.kind === 'stopped') dialog.messages.forEach(detail);
  else {
    const { preview } = dialog;
    detail(preview.schedule);
    detail(`due now: ${preview.count}, by post: ${preview.postal.length}, mail quota left today: ${dialog.quota}`);
    preview.blocking.forEach(detail);
    if (options.sendReminders && preview.canSend) {
      report(bundle.run('reminderSend', { round: preview.round, recipients: preview.recipients.map((person) => person.id) }) as Result);
    }
  }

  writeFileSync(join(options.out, STATE_FILE), JSON.stringify(emulator.save()));
  step('Writing outputs');
  const written = await writeOutputs(emulator.view(), options.out, deck);
  detail(`${written.workbook}`);
  detail(`${written.sheets.length} sheets as CSV, ${written.charts.length} charts as SVG, ${written.mails.length} mails as .eml`);
  if (written.deck) detail(`${written.deck} (${deck?.slides.length} slides)`);
  detail(`${written.report}  ← open this one`);
}

async function main(): Promise<void> {
  let options: RunOptions;
  try {
    options = parseRunArgs(process.argv.slice(2), REPO, new Date().toISOString().slice(0, 10));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(`error: ${error.message}`);
      console.error(USAGE);
      process.exit(error.message ? 2 : 0);
    }
    throw error;
  }
  try {
    await run(options);
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`error: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
