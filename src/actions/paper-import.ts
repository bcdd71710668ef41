/**
 * 郵送回答を一括取り込み: a CSV file or a sheet the clerk pasted into. Valid
 * rows are appended in one write; the others go to 要確認 with their
 * reasons; rows in = rows imported + rows held, always.
 */
import type { CellValue } from '../model/cells';
import { parseCsv } from '../model/csv';
import { tablePlan } from '../model/sheet-plan';
import { COMMON, DIALOGS, PAPER, PAPER_IMPORT, csvProblemText, heldProblemAtRowText, paperColumnProblemText } from '../messages';
import { appendHeld, heldSheetValues, notYetHeld } from '../paper/held';
import { planImport } from '../paper/importer';
import { paperLayout, paperRow } from '../paper/layout';
import { decodeUpload } from '../gas/files';
import { showDialog } from '../gas/ui';
import type { ImportResult, ImportSources } from './api';
import { capacityProblem } from './capacity';
import { loadOrThrow, openBook, rosterCheck, ROLES, whileLocked } from './context';
import { entryStamp, paperRowFormats, preparePaperSheet } from './paper-sheet';

export function openPaperImport(): void {
  showDialog('paper-import', DIALOGS.paperImport, 640, 560);
}

/** Sheets that may hold pasted answers: not the form's, not the add-on's own (but 要確認, to import corrections). */
export function paperImportSources(): ImportSources {
  return { sheets: openBook().sheets.pasteTargets([ROLES.held]) };
}

export function paperImportFile(base64: string, fileName: string): ImportResult {
  const parsed = parseCsv(decodeUpload(String(base64)));
  const result: ImportResult = parsed.ok
    ? importGrid(parsed.rows, false)
    : { kind: 'stopped', message: PAPER.stopped, problems: [csvProblemText(parsed.problem)] };
  return result.kind === 'busy' ? result : { ...result, message: PAPER_IMPORT.from(String(fileName), result.message) };
}

export function paperImportSheet(sheetName: string): ImportResult {
  const source = openBook().sheets.readNamed(String(sheetName));
  if (!source) return { kind: 'stopped', message: PAPER.stopped, problems: [COMMON.noSuchSheet(String(sheetName))] };
  return importGrid(source.values, source.role === ROLES.held);
}

function importGrid(grid: readonly (readonly CellValue[])[], fromHeldSheet: boolean): ImportResult {
  if (grid.length === 0) return { kind: 'stopped', message: PAPER.stopped, problems: [COMMON.emptyFile] };
  return whileLocked((): ImportResult => {
    const all = loadOrThrow();
    const { book, answers: { survey } } = all;
    const header = grid[0].map((cell) => String(cell));
    const plan = planImport({ survey, header, rows: grid.slice(1), timeZone: book.timeZone, today: book.today, ...rosterCheck(all) });
    if (plan.kind === 'stopped') return { kind: 'stopped', message: PAPER.stopped, problems: plan.problems.map(paperColumnProblemText) };

    // Importing 要確認 itself leaves in it exactly the rows still held; any other source adds what it does not hold yet.
    const waiting = plan.held.length > 0 && !fromHeldSheet ? book.sheets.read(ROLES.held) ?? [] : null;
    const toHold = waiting ? notYetHeld(waiting, header, plan.held, book.timeZone) : plan.held;
    const alreadyHeld = plan.held.length - toHold.length;
    const heldValues = fromHeldSheet
      ? heldSheetValues(header, plan.held)
      : waiting && toHold.length > 0 ? appendHeld(waiting, heldSheetValues(header, toHold)) : null;
    // Checked before anything is written, 郵送回答's header rows included.
    const layout = paperLayout(survey, all.answers.paperValues);
    const full = capacityProblem(book, {
      ...(plan.accepted.length > 0 ? {
        [ROLES.paper]: { name: PAPER.sheet, mode: 'grow', rows: Math.max(all.answers.paperValues.length, layout.bodyStart) + plan.accepted.length + 1, columns: layout.titles.length },
      } : {}),
      ...(heldValues ? { [ROLES.held]: { name: PAPER.heldSheet, mode: 'replace', rows: heldValues.length, columns: heldValues[0].length } } : {}),
    });
    if (full) return { kind: 'stopped', message: PAPER.stopped, problems: [full] };

    const paper = plan.accepted.length > 0 ? preparePaperSheet(book, survey, all.answers.paperValues) : null;
    if (paper) {
      const stamp = entryStamp(book);
      const rows = plan.accepted.map((answer) => paperRow(paper.layout, answer, stamp, book.timeZone));
      const formats = paperRowFormats(paper.layout);
      book.sheets.writeRows(ROLES.paper, Math.max(paper.values.length, paper.layout.bodyStart) + 1, 1, rows, rows.map(() => formats));
    }
    if (heldValues) book.sheets.writeTable(ROLES.held, tablePlan(PAPER.heldSheet, heldValues));
    const problems = toHold.flatMap((row) => row.problems.map((problem) => heldProblemAtRowText(row.row, problem)));
    const notes = plan.sharedIds.map((note) => PAPER_IMPORT.sharedIdNote(note.row, note.rosterId, note.rosterRows));
    const message = [
      PAPER.imported(plan.accepted.length, toHold.length),
      ...(alreadyHeld > 0 ? [PAPER_IMPORT.alreadyHeld(alreadyHeld)] : []),
      ...(plan.sharedIds.length > 0 ? [PAPER_IMPORT.sharedIds(plan.sharedIds.length)] : []),
      ...(plan.skippedBlank > 0 ? [PAPER_IMPORT.skipped(plan.skippedBlank)] : []),
    ].join('');
    return { kind: 'imported', message, imported: plan.accepted.length, held: toHold.length, alreadyHeld, problems, notes };
  });
}
