/**
 * Everything the local run leaves for a person to look at, in one folder:
 *   workbook.xlsx       the workbook, for Excel or LibreOffice
 *   sheets/<sheet>.csv  each sheet as shown
 *   charts/<sheet>-<n>.svg and .png
 *   outbox/<nnn>-<to>.eml
 *   report.html         all of it on one page
 *   report.pptx         the deck 報告スライドを作成 made
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { PresentationView } from '../../emulator';
import type { WorkbookView } from '../../emulator/view';
import { renderCharts, type RenderedChart } from './charts';
import { writeSheetCsvs } from './csv';
import { writeOutbox } from './eml';
import { writeReportPptx } from './pptx';
import { writeReport } from './report';
import { writeWorkbookXlsx } from './xlsx';

export interface OutputsSummary {
  readonly workbook: string;
  readonly sheets: readonly string[];
  readonly charts: readonly RenderedChart[];
  readonly mails: readonly string[];
  readonly report: string;
  /** null when the run made no deck. */
  readonly deck: string | null;
}

export async function writeOutputs(view: WorkbookView, outDir: string, deck: PresentationView | null = null): Promise<OutputsSummary> {
  // Files of an earlier run would otherwise outlive a renamed sheet or a shorter outbox.
  await Promise.all(['sheets', 'charts', 'outbox'].map((sub) => rm(join(outDir, sub), { recursive: true, force: true })));
  await mkdir(outDir, { recursive: true });
  // What staff see: a hidden sheet (the add-on's store of the previous round) is in the workbook only.
  const shown = { ...view, sheets: view.sheets.filter((sheet) => !sheet.hidden) };
  const charts = await renderCharts(shown, outDir);
  const workbook = join(outDir, 'workbook.xlsx');
  await writeWorkbookXlsx(view, workbook, charts);
  const sheets = await writeSheetCsvs(shown, outDir);
  const mails = await writeOutbox(view.outbox, outDir);
  const report = join(outDir, 'report.html');
  await writeReport(shown, charts, report);
  const deckFile = deck ? join(outDir, 'report.pptx') : null;
  if (deck && deckFile) await writeReportPptx(deck, view, deckFile);
  return { workbook, sheets, charts, mails, report, deck: deckFile };
}
