/**
 * npm start: the add-on's whole workflow on the emulator, with no Google
 * account. The built bundle (dist/Code.js) runs the same menu actions and
 * dialog calls a staff member would click, on a workbook kept in the output
 * directory between runs; then everything a person would look at is written.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { Bundle } from '../emulator';
import { Emulator, loadBundle } from '../emulator';
import type { EmulatorState } from '../emulator/state';
import { writeOutputs } from './outputs';
import type { RunOptions } from './args';
import { parseRunArgs, UsageError } from './args';
import { InputError, readForm, readResponses, readText, readUpload } from './inputs';
import { setDeadline } from './settings';
import { pasteCodebook, readCodebookFile } from './codebook';
import { DIALOGS, LOCAL_RUN, MENU, PREVIOUS_IMPORT_DIALOG } from '../src/messages';

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

/** Alerts and toasts the run caused, shown as the staff member would have seen them; true when an alert was among them. */
function showUi(emulator: Emulator, from: number): boolean {
  let alerted = false;
  for (const event of emulator.ui.events.slice(from)) {
    if (event.kind === 'toast') detail(LOCAL_RUN.toast(event.message));
    if (event.kind === 'alert') {
      detail(LOCAL_RUN.alert(event.prompt));
      alerted = true;
    }
  }
  return alerted;
}

interface Result { readonly kind: string; readonly message?: string; readonly problems?: readonly string[]; readonly notes?: readonly string[] }

function report(result: Result): void {
  if (result.message) detail(result.message);
  for (const list of [result.problems ?? [], result.notes ?? []]) {
    for (const line of list.slice(0, 10)) detail(`- ${line}`);
    if (list.length > 10) detail(`- ${LOCAL_RUN.more(list.length - 10)}`);
  }
}

/** A menu action as staff click it, answering OK to the alert it may raise; whether it raised one. */
function menuAction(emulator: Emulator, bundle: Bundle, name: string, ...args: unknown[]): { result: unknown; alerted: boolean } {
  const before = emulator.ui.events.length;
  emulator.ui.answerNext('OK');
  const result = bundle.call(name, ...args);
  const alerted = showUi(emulator, before);
  emulator.ui.clear();
  return { result, alerted };
}

/**
 * Runs the workflow; returns why the run could not use all it was given (an
 * input refused as a whole, rows held in 要確認, a warning to act on), if so.
 */
async function run(options: RunOptions): Promise<string[]> {
  const unused: string[] = [];
  mkdirSync(options.out, { recursive: true });
  const { emulator, resumed } = openWorkbook(options);
  step(resumed ? LOCAL_RUN.continuing(options.out, options.today) : LOCAL_RUN.newWorkbook(options.out, options.today));
  const bundle = loadBundle(emulator, join(REPO, 'dist/Code.js'));
  bundle.open();
  detail(LOCAL_RUN.menu(emulator.ui.menus().flatMap((menu) => (menu.title === null ? [] : [menu.title]))));
  emulator.ui.clear();

  if (options.roster) {
    const upload = readUpload(options.roster);
    step(LOCAL_RUN.step(DIALOGS.rosterImport, options.roster));
    const result = bundle.run('rosterImportFile', upload.base64, upload.name, true) as Result;
    report(result);
    if (result.kind === 'stopped') unused.push(LOCAL_RUN.refused(upload.name));
  }
  step(MENU.settings);
  if (menuAction(emulator, bundle, 'openSettings').alerted) unused.push(LOCAL_RUN.warned(MENU.settings));
  if (options.deadline) {
    setDeadline(emulator, options.deadline);
    detail(LOCAL_RUN.deadline(options.deadline));
  }
  if (options.codebook) {
    step(LOCAL_RUN.step(MENU.codebook, options.codebook));
    const file = readCodebookFile(options.codebook);
    if (file.ok) {
      pasteCodebook(emulator, file.rows);
      detail(LOCAL_RUN.codebook(file.rows.length));
    } else {
      detail(file.message);
      unused.push(LOCAL_RUN.refused(basename(options.codebook)));
    }
  }
  if (options.paper) {
    const upload = readUpload(options.paper);
    step(LOCAL_RUN.step(DIALOGS.paperImport, options.paper));
    const result = bundle.run('paperImportFile', upload.base64, upload.name) as Result & { held?: number; alreadyHeld?: number };
    report(result);
    if (result.kind === 'stopped') unused.push(LOCAL_RUN.refused(upload.name));
    // Rows already waiting in 要確認 from an earlier run are held all the same.
    const held = (result.held ?? 0) + (result.alreadyHeld ?? 0);
    if (held > 0) unused.push(LOCAL_RUN.held(upload.name, held));
  }
  if (options.previous) {
    step(LOCAL_RUN.step(DIALOGS.previousImport, options.previous));
    const result = bundle.run('previousImportFile', readText(options.previous), basename(options.previous)) as Result & { onlyCurrent?: string[]; onlyPrevious?: string[] };
    report(result);
    if (result.onlyCurrent?.length) detail(LOCAL_RUN.listed(PREVIOUS_IMPORT_DIALOG.onlyCurrent, result.onlyCurrent));
    if (result.onlyPrevious?.length) detail(LOCAL_RUN.listed(PREVIOUS_IMPORT_DIALOG.onlyPrevious, result.onlyPrevious));
    if (result.kind === 'stopped') unused.push(LOCAL_RUN.refused(basename(options.previous)));
  }
  step(MENU.summary);
  const summary = menuAction(emulator, bundle, 'generateSummary');
  if (summary.result) writeFileSync(join(options.out, 'summary.json'), `${JSON.stringify(summary.result, null, 2)}\n`);
  if (summary.alerted) unused.push(LOCAL_RUN.warned(MENU.summary));

  step(MENU.report);
  const made = menuAction(emulator, bundle, 'createReportDeck').result as { name: string } | null;
  const deck = made ? emulator.presentations().find((presentation) => presentation.name === made.name) ?? null : null;

  step(LOCAL_RUN.reminders(options.sendReminders));
  const dialog = bundle.run('reminderDialog') as
    | { kind: 'stopped'; messages: string[] }
    | { kind: 'ready'; quota: number; preview: { schedule: string; round: string | null; count: number; postal: unknown[]; recipients: Array<{ id: string }>; canSend: boolean; blocking: string[] } };
  if (dialog.kind === 'stopped') dialog.messages.forEach(detail);
  else {
    const { preview } = dialog;
    detail(preview.schedule);
    detail(LOCAL_RUN.plan(preview.count, preview.postal.length, dialog.quota));
    preview.blocking.forEach(detail);
    if (options.sendReminders && preview.canSend) {
      report(bundle.run('reminderSend', { round: preview.round, recipients: preview.recipients.map((person) => person.id) }) as Result);
    }
  }

  writeFileSync(join(options.out, STATE_FILE), JSON.stringify(emulator.save()));
  step(LOCAL_RUN.writing);
  const written = await writeOutputs(emulator.view(), options.out, deck);
  detail(written.workbook);
  detail(LOCAL_RUN.written(written.sheets.length, written.charts.length, written.mails.length));
  if (written.deck) detail(LOCAL_RUN.deck(written.deck, deck?.slides.length ?? 0));
  detail(LOCAL_RUN.open(written.report));
  return unused;
}

async function main(): Promise<void> {
  let options: RunOptions;
  try {
    options = parseRunArgs(process.argv.slice(2), REPO, new Date().toISOString().slice(0, 10));
  } catch (error) {
    if (error instanceof UsageError) {
      if (error.message) console.error(LOCAL_RUN.error(error.message));
      console.error(LOCAL_RUN.usage);
      process.exit(error.message ? 2 : 0);
    }
    throw error;
  }
  try {
    const unused = await run(options);
    // Everything was written; the last line says what of the input was not used, for a person or a script.
    if (unused.length > 0) {
      console.log(LOCAL_RUN.incomplete(unused));
      process.exitCode = 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      console.error(LOCAL_RUN.error(error.message));
      process.exit(1);
    }
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(LOCAL_RUN.crashed);
  console.error(error);
  process.exit(1);
});
