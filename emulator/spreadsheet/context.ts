/** What the spreadsheet classes share. */
import type { Env } from '../env';
import type { UiRecorder } from '../ui';
import type { WorkbookModel } from './model';

export interface SheetsContext {
  readonly env: Env;
  readonly workbook: WorkbookModel;
  readonly ui: UiRecorder;
  /** The script's view of Ui (SpreadsheetApp.getUi()). */
  readonly scriptUi: () => GoogleAppsScript.Base.Ui;
  /** The linked form's URL as Spreadsheet.getFormUrl() returns it, or null when no form is linked. */
  readonly formUrl: () => string | null;
}
