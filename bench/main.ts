/**
 * npm run bench: what each action costs as the survey grows. For 82, 1,000,
 * 10,000 and 100,000 web responses (with paper answers and a roster in the
 * sample's proportions, see synth.ts) the built bundle runs 集計を作成
 * (summary), 報告スライドを作成 (reportDeck), 郵送回答を一括取り込み
 * (paperImport) and the リマインドメール preview (reminderPlan) on the emulator, and the other actions of
 * bench/workbook.ts (集計を作成 with a previous round imported, the dialogs' calls). Printed as a table and written to
 * bench.json, one object per size and action:
 *
 * - serviceCalls: calls on the Spreadsheet, Form, Mail, Slides and UrlFetch services (calls.ts
 *   says which classes those are); `byService` splits every counted call by
 *   service (Cache, Properties, Lock … too); `calls` holds them by method.
 *   The dialogs' server functions (paperLookup …) are measured with the
 *   cache their dialog's first call filled.
 * - workbookCells: the workbook's cells after the action (Google's limit: 10,000,000).
 * - cellsRead / cellsWritten: cells returned by getValues & co. and given to
 *   setValues & co.
 * - coreMs: median wall time of the action in Node, emulator included, over
 *   several runs on a fresh copy of the workbook (after one warm-up run).
 * - peakMB: how far the JavaScript heap grew above its size just before the
 *   action (workbook loaded, garbage collected), read at every garbage
 *   collection during the run and at its end; the largest over the runs.
 *   baseMB is that starting size: mostly the emulated workbook, which on
 *   Google lives in the spreadsheet, not in the script's memory.
 *
 * `npm run bench -- --sizes 82,1000` measures only those sizes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FormResource } from '../emulator';
import type { Service } from './calls';
import { measureSize } from './measure';
import type { ActionName } from './workbook';
import { DIALOG_ACTIONS, DIALOG_BUDGET, REPORT_BUDGET, SUMMARY_BUDGET } from './workbook';

const SIZES = [82, 1_000, 10_000, 100_000];
const MB = 1024 * 1024;

interface Result {
  readonly action: ActionName;
  readonly responses: number;
  readonly paperRows: number;
  readonly rosterRows: number;
  readonly serviceCalls: number;
  readonly byService: Readonly<Record<Service, number>>;
  readonly calls: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  readonly workbookCells: number;
  readonly coreMs: number;
  readonly runsMs: readonly number[];
  readonly peakMB: number;
  readonly baseMB: number;
}

/** Fewer runs where one run takes seconds. */
function runsFor(responses: number): number {
  if (responses >= 100_000) return 3;
  return responses >= 10_000 ? 5 : 9;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const thousands = (value: number) => value.toLocaleString('en-US');

const COLUMNS: Array<[string, number, (result: Result) => string]> = [
  ['action', -18, (result) => result.action],
  ['responses', 10, (result) => thousands(result.responses)],
  ['paper', 7, (result) => thousands(result.paperRows)],
  ['roster', 8, (result) => thousands(result.rosterRows)],
  ['service calls', 14, (result) => thousands(result.serviceCalls)],
  ['cells read', 12, (result) => thousands(result.cellsRead)],
  ['cells written', 14, (result) => thousands(result.cellsWritten)],
  ['workbook cells', 15, (result) => thousands(result.workbookCells)],
  ['core ms', 10, (result) => result.coreMs.toFixed(1)],
  ['peak MB', 9, (result) => result.peakMB.toFixed(1)],
];

function line(cells: readonly string[]): string {
  return cells.map((cell, index) => {
    const width = COLUMNS[index][1];
    return width < 0 ? cell.padEnd(-width) : cell.padStart(width);
  }).join(' ');
}

const CELL_LIMIT = 10_000_000;

/** The goals, checked against what was measured (those whose sizes were run). */
function goals(results: readonly Result[]): string[] {
  const find = (action: ActionName, responses: number) => results.find((result) => result.action === action && result.responses === responses);
  const mark = (ok: boolean) => (ok ? '✓' : '✗');
  const lines: string[] = [];
  for (const action of ['summary', 'summaryAgain', 'summaryCompared'] as const) {
    const counts = results.filter((result) => result.action === action).map((result) => result.serviceCalls);
    if (counts.length > 0) lines.push(`${mark(new Set(counts).size === 1)} ${action} makes the same number of service calls at every size: ${counts.join(' / ')}`);
  }
  for (const [action, what] of [['summary', ' the first time (no sheet, no cache)'], ['summaryAgain', ' run again'], ['summaryCompared', ' run again with 前回との比較']] as const) {
    const runs = results.filter((result) => result.action === action);
    if (runs.length === 0) continue;
    const most = Math.max(...runs.map((result) => result.serviceCalls));
    lines.push(`${mark(most <= SUMMARY_BUDGET)} 集計を作成${what} makes at most ${SUMMARY_BUDGET} service calls: ${most}`);
  }
  const decks = results.filter((result) => result.action === 'reportDeck');
  if (decks.length > 0) {
    const most = Math.max(...decks.map((result) => result.serviceCalls));
    lines.push(`${mark(most <= REPORT_BUDGET)} 報告スライドを作成 makes at most ${REPORT_BUDGET} service calls at any size: ${decks.map((result) => result.serviceCalls).join(' / ')}`);
  }
  const dialogs = results.filter((result) => DIALOG_ACTIONS.includes(result.action));
  if (dialogs.length > 0) {
    const worst = dialogs.reduce((most, result) => (result.serviceCalls > most.serviceCalls ? result : most));
    lines.push(`${mark(worst.serviceCalls <= DIALOG_BUDGET)} every dialog server function makes at most ${DIALOG_BUDGET} service calls with the cache warm (most: ${worst.action}, ${worst.serviceCalls} at ${thousands(worst.responses)} responses)`);
  }
  const fullest = results.reduce((most, result) => Math.max(most, result.workbookCells), 0);
  lines.push(`${mark(fullest <= CELL_LIMIT)} every workbook stays within Google's ${thousands(CELL_LIMIT)} cells (largest: ${thousands(fullest)})`);
  const paper = results.find((result) => result.action === 'paperImport' && result.paperRows >= 1_000);
  if (paper) {
    const reads = paper.calls['Range.getValues'] ?? 0;
    const writes = paper.calls['Range.setValues'] ?? 0;
    lines.push(`${mark(reads + writes <= 6)} paperImport of ${thousands(paper.paperRows)} rows: ${reads} Range reads, ${writes} Range writes (${paper.serviceCalls} service calls in all)`);
  }
  const big = find('summary', 100_000);
  if (big) lines.push(`${mark(big.coreMs < 1_500 && big.peakMB < 400)} summary at 100,000 responses: ${thousands(big.coreMs)} ms (goal < 1,500), ${big.peakMB} MB (goal < 400)`);
  for (const action of new Set(results.map((result) => result.action))) {
    const small = find(action, 1_000);
    const large = find(action, 100_000);
    if (small && large) {
      const ratio = large.coreMs / small.coreMs;
      lines.push(`${mark(ratio < 120)} ${action}: 100,000 responses take ${ratio.toFixed(1)} × the 1,000-response run (goal < 120)`);
    }
  }
  return lines;
}

function parseSizes(args: readonly string[]): number[] {
  const at = args.indexOf('--sizes');
  if (at < 0) return SIZES;
  const sizes = (args[at + 1] ?? '').split(',').map(Number);
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes a list like 82,1000');
  return sizes;
}

function main(): void {
  // The run is build/bench.mjs: the repository is one folder up.
  const repo = resolve(dirname(process.argv[1]), '..');
  const form = JSON.parse(readFileSync(join(repo, 'samples/form.json'), 'utf8')) as FormResource;
  const files = { code: join(repo, 'dist/Code.js'), htmlDir: join(repo, 'dist') };
  const results: Result[] = [];
  console.log(line(COLUMNS.map(([title]) => title)));
  for (const responses of parseSizes(process.argv.slice(2))) {
    const measured = measureSize(responses, runsFor(responses), form, files, (size) => {
      console.error(`  ${thousands(responses)} responses, ${thousands(size.paperRows)} paper, ${thousands(size.rosterRows)} on the roster: workbook ready in ${(size.setupMs / 1000).toFixed(1)} s`);
    });
    for (const action of measured.actions) {
      const result: Result = {
        action: action.action, responses, paperRows: measured.paperRows, rosterRows: measured.rosterRows,
        serviceCalls: action.calls.serviceCalls, byService: action.calls.byService, calls: action.byMethod,
        cellsRead: action.cellsRead, cellsWritten: action.cellsWritten, workbookCells: action.workbookCells,
        coreMs: round1(median(action.runsMs)), runsMs: action.runsMs.map(round1),
        peakMB: round1(action.peakBytes / MB), baseMB: round1(action.baseBytes / MB),
      };
      results.push(result);
      console.log(line(COLUMNS.map(([, , cell]) => cell(result))));
    }
    // Written after every size, so that a long run stopped early keeps what it measured.
    writeFileSync(join(repo, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
  console.log('');
  for (const goal of goals(results)) console.log(goal);
  console.log(`\nbench.json: ${results.length} measurements`);
}

main();
