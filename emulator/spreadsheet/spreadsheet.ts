/** Spreadsheet (the container the script is bound to) and SpreadsheetApp. */
import { fail, signatureMismatch } from '../errors';
import {
  DeveloperMetadataLocationType, DeveloperMetadataVisibility, Dimension, SheetType, WrapStrategy,
} from '../enums';
import { classSpec } from '../expose';
import type { SheetsContext } from './context';
import { DeveloperMetadataFinderImpl, DEVELOPER_METADATA_FINDER, addMetadata, exposeMetadata } from './metadata';
import { checkGrowth } from './limits';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, newSheet, sheetById, type SheetModel } from './model';
import { SheetImpl, checkSheetName, exposeSheet, rangeByA1 } from './sheet';

const METHODS = [
  'getId', 'getName', 'getUrl', 'getSpreadsheetTimeZone', 'getSpreadsheetLocale', 'getFormUrl',
  'getSheetByName', 'getSheetById', 'getSheets', 'getNumSheets', 'insertSheet', 'deleteSheet', 'getActiveSheet', 'setActiveSheet',
  'getRange', 'toast',
  'addDeveloperMetadata', 'getDeveloperMetadata', 'createDeveloperMetadataFinder',
] as const;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export const SPREADSHEET = classSpec<GSpreadsheet>()('SpreadsheetApp', 'Spreadsheet', METHODS);

const APP_METHODS = ['getActiveSpreadsheet', 'getActive', 'getActiveSheet', 'getUi', 'flush'] as const;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
const APP_CONSTANTS = ['DeveloperMetadataVisibility', 'DeveloperMetadataLocationType', 'Dimension', 'WrapStrategy', 'SheetType'] as const;
export const SPREADSHEET_APP = classSpec<GApp>()('SpreadsheetApp', 'SpreadsheetApp', APP_METHODS, APP_CONSTANTS);

export function exposeSpreadsheet(context: SheetsContext): GSpreadsheet {
  return context.env.expose(new SpreadsheetImpl(context), SPREADSHEET);
}

function activeSheet(context: SheetsContext): SheetModel {
  return sheetById(context.workbook, context.workbook.activeSheetId) ?? context.workbook.sheets[0];
}

export class SpreadsheetImpl implements Pick<GSpreadsheet, typeof METHODS[number]> {
  constructor(private readonly context: SheetsContext) {}

  private get workbook() {
    return this.context.workbook;
  }

  getId(): string {
    return this.workbook.id;
  }

  getName(): string {
    return this.workbook.name;
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.workbook.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.workbook.timeZone;
  }

  getSpreadsheetLocale(): string {
    return this.workbook.locale;
  }

  getFormUrl(): string | null {
    return this.workbook.formSheetId === null ? null : this.context.formUrl();
  }

  getSheetByName(name: string): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (typeof name !== 'string') signatureMismatch('SpreadsheetApp.Spreadsheet.getSheetByName', [name]);
    const model = this.workbook.sheets.find((sheet) => sheet.name === name);
    return model ? exposeSheet(this.context, model) : null;
  }

  /** The sheet whose getSheetId() is `id`, or null (Google's reference: "Sheet|null"). */
  getSheetById(id: number): GoogleAppsScript.Spreadsheet.Sheet | null {
    if (typeof id !== 'number') signatureMismatch('SpreadsheetApp.Spreadsheet.getSheetById', [id]);
    const model = sheetById(this.workbook, id);
    return model ? exposeSheet(this.context, model) : null;
  }

  getSheets(): GoogleAppsScript.Spreadsheet.Sheet[] {
    return this.workbook.sheets.map((model) => exposeSheet(this.context, model));
  }

  getNumSheets(): number {
    return this.workbook.sheets.length;
  }

  /**
   * insertSheet(), (sheetIndex), (sheetName), (sheetName, sheetIndex); the
   * index is 0-based. The new sheet (1000 × 26 cells, within the workbook's
   * 10 million) becomes the active one, as on Google.
   * Template options are not supported.
   */
  insertSheet(...args: unknown[]): GoogleAppsScript.Spreadsheet.Sheet {
    let name: string | null = null;
    let index = this.workbook.sheets.length;
    if (args.length === 1 && typeof args[0] === 'number') index = args[0];
    else if (args.length >= 1 && typeof args[0] === 'string' && (args.length === 1 || (args.length === 2 && typeof args[1] === 'number'))) {
      name = args[0];
      if (args.length === 2) index = args[1] as number;
    } else if (args.length !== 0) signatureMismatch('SpreadsheetApp.Spreadsheet.insertSheet', args);
    if (!Number.isInteger(index) || index < 0 || index > this.workbook.sheets.length) signatureMismatch('SpreadsheetApp.Spreadsheet.insertSheet', args);
    if (name === null) {
      let n = this.workbook.sheets.length + 1;
      while (this.workbook.sheets.some((sheet) => sheet.name === `シート${n}`)) n++;
      name = `シート${n}`;
    }
    checkSheetName(this.context, name, null);
    checkGrowth(this.workbook, DEFAULT_ROWS * DEFAULT_COLUMNS);
    const model = newSheet(this.workbook, name);
    this.workbook.sheets.splice(index, 0, model);
    this.workbook.activeSheetId = model.id;
    return exposeSheet(this.context, model);
  }

  deleteSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): void {
    const raw = this.context.env.unwrap(sheet, SheetImpl);
    if (!raw) signatureMismatch('SpreadsheetApp.Spreadsheet.deleteSheet', [sheet]);
    const index = this.workbook.sheets.indexOf(raw.model);
    if (index < 0) fail('The sheet has already been deleted.');
    if (this.workbook.sheets.length === 1) fail("You can't remove all the sheets in a document.");
    this.workbook.sheets.splice(index, 1);
    if (this.workbook.formSheetId === raw.model.id) this.workbook.formSheetId = null;
    if (this.workbook.activeSheetId === raw.model.id) this.workbook.activeSheetId = this.workbook.sheets[Math.max(0, index - 1)].id;
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return exposeSheet(this.context, activeSheet(this.context));
  }

  setActiveSheet(sheet: GoogleAppsScript.Spreadsheet.Sheet): GoogleAppsScript.Spreadsheet.Sheet {
    const raw = this.context.env.unwrap(sheet, SheetImpl);
    if (!raw) signatureMismatch('SpreadsheetApp.Spreadsheet.setActiveSheet', [sheet]);
    this.workbook.activeSheetId = raw.model.id;
    return exposeSheet(this.context, raw.model);
  }

  /** A1 notation, on the active sheet unless it names one ('Sheet1!A1'). */
  getRange(a1Notation: string): GoogleAppsScript.Spreadsheet.Range {
    if (typeof a1Notation !== 'string') signatureMismatch('SpreadsheetApp.Spreadsheet.getRange', [a1Notation]);
    return rangeByA1(this.context, activeSheet(this.context), a1Notation);
  }

  /** Shown to the user; from a time-driven trigger there is no one to see it. */
  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.context.ui.record({
      kind: 'toast', message: String(msg), title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds === undefined ? 5 : timeoutSeconds, visible: this.context.env.run.kind !== 'trigger',
    });
  }

  addDeveloperMetadata(...args: unknown[]): GSpreadsheet {
    addMetadata(this.workbook, this.workbook.metadata, args, 'SpreadsheetApp.Spreadsheet.addDeveloperMetadata');
    return this as unknown as GSpreadsheet;
  }

  getDeveloperMetadata(): GoogleAppsScript.Spreadsheet.DeveloperMetadata[] {
    return this.workbook.metadata.map((model) => exposeMetadata(this.context, this.workbook.metadata, model));
  }

  /** Searches the spreadsheet's metadata and every sheet's. */
  createDeveloperMetadataFinder(): GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder {
    const owners = () => [this.workbook.metadata, ...this.workbook.sheets.map((sheet) => sheet.metadata)];
    return this.context.env.expose(new DeveloperMetadataFinderImpl(this.context, owners), DEVELOPER_METADATA_FINDER);
  }
}

export class SpreadsheetAppImpl implements Pick<GApp, typeof APP_METHODS[number] | typeof APP_CONSTANTS[number]> {
  readonly DeveloperMetadataVisibility = DeveloperMetadataVisibility;
  readonly DeveloperMetadataLocationType = DeveloperMetadataLocationType;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;
  readonly SheetType = SheetType;

  constructor(private readonly context: SheetsContext) {}

  getActiveSpreadsheet(): GSpreadsheet {
    return exposeSpreadsheet(this.context);
  }

  getActive(): GSpreadsheet {
    return exposeSpreadsheet(this.context);
  }

  getActiveSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return exposeSheet(this.context, activeSheet(this.context));
  }

  getUi(): GoogleAppsScript.Base.Ui {
    return this.context.scriptUi();
  }

  /** Writes are applied at once here; nothing to flush. */
  flush(): void {}
}
