/**
 * Everything the local run leaves for a person to look at, in one folder:
 *   workbook.xlsx       the workbook, for Excel or LibreOffice
 *   sheets/<sheet>.csv  each sheet as shown
 *   charts/<sheet>-<n>.svg and .png
 *   outbox/<nnn>-<to>.eml
 *   report.html         all of it on one page
 */
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookView } from '../../emulator/view';
import { renderCharts, type RenderedChart } from './charts';
import { writeSheetCsvs } from './csv';
import { writeOutbox } from './eml';
import { writeReport } from './report';
import { writeWorkbookXlsx } from './xlsx';

export interface OutputsSummary {
  readonly workbook: string;
  readonly sheets: readonly string[];
  readonly charts: readonly RenderedChart[];
  readonly mails: readonly string[];
  readonly report: string;
}

export async function writeOutputs(view: WorkbookView, outDir: string): Promise<OutputsSummary> {
  // Files of an earlier run would otherwise outlive a renamed sheet or a shorter outbox.
  await Promise.all(['sheets', 'charts', 'outbox'].map((sub) => rm(join(outDir, sub), { recursive: true, force: true })));
  await mkdir(outDir, { recursive: true });
  const charts = await renderCharts(view, outDir);
  const workbook = join(outDir, 'workbook.xlsx');
  await writeWorkbookXlsx(view, workbook, charts);
  const sheets = await writeSheetCsvs(view, outDir);
  const mails = await writeOutbox(view.outbox, outDir);
  const report = join(outDir, 'report.html');
  await writeReport(view, charts, report);
  return { workbook, sheets, charts, mails, report };
}
