/**
 * 郵送回答を一括取り込み: a CSV file or a sheet the clerk pasted into. Valid
 * rows are appended in one write; the others go to 要確認 with their
 * reasons; rows in = rows imported + rows held, always.
 */
import type { CellValue } from '../model/cells';
import { parseCsv } from '../model/csv';
import { COMMON, DIALOGS, PAPER, PAPER_IMPORT, csvProblemText, heldProblemAtRowText, paperColumnProblemText } from '../messages';
import { appendHeld, heldSheetValues } from '../paper/held';
import { planImport } from '../paper/importer';
import { paperRow } from '../paper/layout';
import { decodeUpload } from '../gas/files';
import { currentUser } from '../gas/platform';
import { formResponseSheet, ownedSheet, readValues, spreadsheet, writeBlock } from '../gas/sheets';
import { showDialog } from '../gas/ui';
import type { ImportResult, ImportSources } from './api';
import { answeredByRosterId, loadOrThrow, ROLES, whileLocked } from './context';
import { paperRowFormats, preparePaperSheet } from './paper-sheet';

export function openPaperImport(): void {
  showDialog('paper-import', DIALOGS.paperImport, 640, 560);
}

/** Sheets that may hold pasted answers: not the form's, not the add-on's own (but 要確認, to import corrections). */
export function paperImportSources(): ImportSources {
  const all = loadOrThrow();
  const held = all.book.owned.get(ROLES.held)?.getSheetId();
  // Sheet objects are not comparable: a sheet is known by its id.
  const excluded = new Set([...all.book.owned.values()].map((sheet) => sheet.getSheetId()));
  for (const sheet of [formResponseSheet(), all.roster?.sheet]) if (sheet) excluded.add(sheet.getSheetId());
  const sheets = spreadsheet().getSheets()
    .filter((sheet) => sheet.getSheetId() === held || !excluded.has(sheet.getSheetId()))
    .map((sheet) => sheet.getName());
  return { sheets };
}

export function paperImportFile(base64: string, fileName: string): ImportResult {
  const parsed = parseCsv(decodeUpload(String(base64)));
  const result: ImportResult = parsed.ok
    ? importGrid(parsed.rows, false)
    : { kind: 'stopped', message: PAPER.stopped, problems: [csvProblemText(parsed.problem)] };
  return result.kind === 'busy' ? result : { ...result, message: PAPER_IMPORT.from(String(fileName), result.message) };
}

export function paperImportSheet(sheetName: string): ImportResult {
  const sheet = spreadsheet().getSheetByName(String(sheetName));
  if (!sheet) return { kind: 'stopped', message: PAPER.stopped, problems: [COMMON.noSuchSheet(String(sheetName))] };
  const owned = loadOrThrow().book.owned.get(ROLES.held);
  return importGrid(readValues(sheet), owned?.getSheetId() === sheet.getSheetId());
}

function importGrid(grid: readonly (readonly CellValue[])[], fromHeldSheet: boolean): ImportResult {
  if (grid.length === 0) return { kind: 'stopped', message: PAPER.stopped, problems: [COMMON.emptyFile] };
  return whileLocked((): ImportResult => {
    const all = loadOrThrow();
    const { survey } = all.answers;
    const header = grid[0].map((cell) => String(cell));
    const plan = planImport({
      survey, header, rows: grid.slice(1), timeZone: all.book.timeZone, today: all.book.today,
      rosterIds: all.roster?.result.ok ? new Set(all.roster.result.roster.entries.map((entry) => entry.id)) : null,
      answered: answeredByRosterId(all.match, all.answers.paper),
    });
    if (plan.kind === 'stopped') return { kind: 'stopped', message: PAPER.stopped, problems: plan.problems.map(paperColumnProblemText) };

    if (plan.accepted.length > 0) {
      const paper = preparePaperSheet(all.book, survey);
      const stamp = { enteredBy: currentUser(), enteredAt: all.book.now };
      const rows = plan.accepted.map((answer) => paperRow(paper.layout, answer, stamp, all.book.timeZone));
      const formats = paperRowFormats(paper.layout);
      writeBlock(paper.sheet, Math.max(paper.values.length, paper.layout.bodyStart) + 1, 1, rows, rows.map(() => formats));
    }
    const heldSheet = all.book.owned.get(ROLES.held);
    if (plan.held.length > 0 || (fromHeldSheet && heldSheet)) {
      const incoming = heldSheetValues(header, plan.held);
      const sheet = heldSheet ?? ownedSheet(ROLES.held, PAPER.heldSheet, all.book.owned);
      // Importing 要確認 itself leaves in it exactly the rows still held.
      const values = fromHeldSheet ? incoming : appendHeld(heldSheet ? readValues(heldSheet) : [], incoming);
      sheet.clearContents();
      writeBlock(sheet, 1, 1, values);
      sheet.getRange(1, 1, 1, values[0].length).setFontWeight('bold');
      sheet.setFrozenRows(1);
    }
    const problems = plan.held.flatMap((row) => row.problems.map((problem) => heldProblemAtRowText(row.row, problem)));
    const message = [PAPER.imported(plan.accepted.length, plan.held.length), ...(plan.skippedBlank > 0 ? [PAPER_IMPORT.skipped(plan.skippedBlank)] : [])].join('');
    return { kind: 'imported', message, imported: plan.accepted.length, held: plan.held.length, problems };
  });
}
