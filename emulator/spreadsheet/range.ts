/**
 * Range: a rectangle of cells fixed by its coordinates (later row inserts do
 * not move it, as on Google). Reading and writing follow Sheets' value rules
 * (see values.ts and format.ts); dimension errors use Google's texts.
 */
import { formatA1, type GridArea } from '../a1';
import { fail, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import { DEFAULT_NUMBER_FORMAT, isDateFormat, isUnsetFormat, renderValue } from '../format';
import { enter, isPlainText } from '../values';
import { instantFromSerial } from '../zone';
import type { SheetsContext } from './context';
import { checkCellTexts, textRefusal } from './limits';
import { cellAt, cellFor, hasContent, type Cell, type SheetModel } from './model';
import { exposeSheet } from './sheet';

const METHODS = [
  'getValues', 'getValue', 'setValues', 'setValue', 'getDisplayValues', 'getDisplayValue',
  'getFormulas', 'getFormula', 'setFormula', 'setFormulas',
  'getNumberFormat', 'getNumberFormats', 'setNumberFormat', 'setNumberFormats',
  'getFontWeight', 'getFontWeights', 'setFontWeight', 'setFontWeights', 'getBackground', 'setBackground',
  'setWrap', 'getHorizontalAlignment', 'setHorizontalAlignment', 'getVerticalAlignment', 'setVerticalAlignment',
  'clear', 'clearContent', 'clearFormat', 'isBlank',
  'getRow', 'getColumn', 'getNumRows', 'getNumColumns', 'getLastRow', 'getLastColumn', 'getA1Notation',
  'getSheet', 'getCell', 'offset',
] as const;

type Methods = typeof METHODS[number];
type GRange = GoogleAppsScript.Spreadsheet.Range;

const RANGE = classSpec<GRange>()('SpreadsheetApp', 'Range', METHODS);

/**
 * Formulas are not evaluated: a formula cell reads as '#NAME?', or '#ERROR!'
 * when Sheets could not even parse it (unbalanced brackets or quotes, nothing
 * after '=', a second '=' at the start) — the error a free-text answer
 * starting with '=' turns into on Google.
 */
function formulaResult(formula: string): string {
  const body = formula.slice(1).trim();
  if (body === '' || body.startsWith('=')) return '#ERROR!';
  let depth = 0;
  let quoted = false;
  for (const ch of body) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth < 0) return '#ERROR!';
  }
  if (quoted || depth !== 0 || /[-+*/^&=<>,]$/.test(body)) return '#ERROR!';
  return '#NAME?';
}

type Grid<T> = T[][];

export class RangeImpl implements Pick<GRange, Methods> {
  constructor(
    private readonly context: SheetsContext,
    readonly sheet: SheetModel,
    readonly area: GridArea,
  ) {}

  cellCount(): number {
    return this.area.numRows * this.area.numColumns;
  }

  // Row by row rather than cell by cell through cellAt/cellFor: ranges of a million cells are read and written here.
  private map<T>(read: (cell: Cell | null) => T): Grid<T> {
    const { row, column, numRows, numColumns } = this.area;
    const out: Grid<T> = new Array(numRows);
    for (let r = 0; r < numRows; r++) {
      const stored = this.sheet.rows[row + r - 1];
      const line: T[] = new Array(numColumns);
      for (let c = 0; c < numColumns; c++) line[c] = read(stored?.[column + c - 1] ?? null);
      out[r] = line;
    }
    return out;
  }

  private each(write: (cell: Cell, r: number, c: number) => void): void {
    const { row, column, numRows, numColumns } = this.area;
    for (let r = 0; r < numRows; r++) {
      cellFor(this.sheet, row + r, column);
      const stored = this.sheet.rows[row + r - 1] as Array<Cell | null>;
      for (let c = 0; c < numColumns; c++) {
        let cell = stored[column + c - 1];
        if (!cell) {
          cell = { v: '' };
          stored[column + c - 1] = cell;
        }
        write(cell, r, c);
      }
    }
  }

  /** Google's checks for a 2-D argument: an array of arrays matching the range. */
  private checkGrid(values: unknown, method: string): asserts values is unknown[][] {
    if (!Array.isArray(values) || values.some((line) => !Array.isArray(line))) signatureMismatch(`SpreadsheetApp.Range.${method}`, [values]);
    if (values.length !== this.area.numRows) {
      fail(`The number of rows in the data does not match the number of rows in the range. The data has ${values.length} but the range has ${this.area.numRows}.`);
    }
    for (const line of values as unknown[][]) {
      if (line.length !== this.area.numColumns) {
        fail(`The number of columns in the data does not match the number of columns in the range. The data has ${line.length} but the range has ${this.area.numColumns}.`);
      }
    }
  }

  valueOf(cell: Cell | null): GoogleAppsScript.Base.Date | string | number | boolean {
    if (!cell) return '';
    if (cell.f !== undefined) return formulaResult(cell.f);
    if (typeof cell.v === 'number' && isDateFormat(cell.nf)) return this.context.env.newDate(instantFromSerial(cell.v, this.context.env.zone));
    return cell.v;
  }

  displayOf(cell: Cell | null): string {
    if (!cell) return '';
    if (cell.f !== undefined) return formulaResult(cell.f);
    return renderValue(cell.v, cell.nf);
  }

  private store(cell: Cell, value: unknown): void {
    if (typeof value === 'string' && isPlainText(value)) {
      // Text that nothing in Sheets would read otherwise: stored as it is, without the general path's objects.
      cell.v = value;
      if (cell.f !== undefined) delete cell.f;
      return;
    }
    const entered = enter(value, cell.nf, { zone: this.context.env.zone, nowMs: this.context.env.nowMs() });
    cell.v = entered.value;
    if (entered.formula !== undefined) cell.f = entered.formula;
    else delete cell.f;
    if (entered.autoFormat !== undefined && isUnsetFormat(cell.nf)) cell.nf = entered.autoFormat;
  }

  getValues(): unknown[][] {
    return this.map((cell) => this.valueOf(cell));
  }

  getValue(): unknown {
    return this.valueOf(cellAt(this.sheet, this.area.row, this.area.column));
  }

  setValues(values: unknown[][]): GRange {
    this.checkGrid(values, 'setValues');
    checkCellTexts(values);
    this.each((cell, r, c) => this.store(cell, values[r][c]));
    return this as unknown as GRange;
  }

  setValue(value: unknown): GRange {
    const refusal = textRefusal(value);
    if (refusal) fail(refusal);
    this.each((cell) => this.store(cell, value));
    return this as unknown as GRange;
  }

  getDisplayValues(): string[][] {
    return this.map((cell) => this.displayOf(cell));
  }

  getDisplayValue(): string {
    return this.displayOf(cellAt(this.sheet, this.area.row, this.area.column));
  }

  getFormulas(): string[][] {
    return this.map((cell) => cell?.f ?? '');
  }

  getFormula(): string {
    return cellAt(this.sheet, this.area.row, this.area.column)?.f ?? '';
  }

  /** Every cell gets the formula as written (Google would shift relative references per cell). */
  setFormula(formula: string): GRange {
    if (typeof formula !== 'string') signatureMismatch('SpreadsheetApp.Range.setFormula', [formula]);
    const written = formula.startsWith('=') ? formula : `=${formula}`;
    const refusal = textRefusal(written);
    if (refusal) fail(refusal);
    this.each((cell) => this.store(cell, written));
    return this as unknown as GRange;
  }

  setFormulas(formulas: string[][]): GRange {
    this.checkGrid(formulas, 'setFormulas');
    checkCellTexts(formulas.map((line) => line.map((formula) => {
      const text = String(formula ?? '');
      return text === '' || text.startsWith('=') ? text : `=${text}`;
    })));
    this.each((cell, r, c) => {
      const formula = String(formulas[r][c] ?? '');
      if (formula === '') {
        cell.v = '';
        delete cell.f;
      } else this.store(cell, formula.startsWith('=') ? formula : `=${formula}`);
    });
    return this as unknown as GRange;
  }

  getNumberFormat(): string {
    return cellAt(this.sheet, this.area.row, this.area.column)?.nf ?? DEFAULT_NUMBER_FORMAT;
  }

  getNumberFormats(): string[][] {
    return this.map((cell) => cell?.nf ?? DEFAULT_NUMBER_FORMAT);
  }

  private static applyFormat(cell: Cell, format: unknown): void {
    const text = String(format);
    if (isUnsetFormat(text)) delete cell.nf;
    else cell.nf = text;
  }

  setNumberFormat(numberFormat: string): GRange {
    if (typeof numberFormat !== 'string') signatureMismatch('SpreadsheetApp.Range.setNumberFormat', [numberFormat]);
    this.each((cell) => RangeImpl.applyFormat(cell, numberFormat));
    return this as unknown as GRange;
  }

  setNumberFormats(numberFormats: string[][]): GRange {
    this.checkGrid(numberFormats, 'setNumberFormats');
    this.each((cell, r, c) => RangeImpl.applyFormat(cell, numberFormats[r][c]));
    return this as unknown as GRange;
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return cellAt(this.sheet, this.area.row, this.area.column)?.bold ? 'bold' : 'normal';
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.map((cell) => (cell?.bold ? 'bold' : 'normal'));
  }

  private static weight(cell: Cell, weight: unknown, method: string): void {
    if (weight !== null && weight !== 'bold' && weight !== 'normal') signatureMismatch(`SpreadsheetApp.Range.${method}`, [weight]);
    if (weight === 'bold') cell.bold = true;
    else delete cell.bold;
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRange {
    this.each((cell) => RangeImpl.weight(cell, fontWeight, 'setFontWeight'));
    return this as unknown as GRange;
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GRange {
    this.checkGrid(fontWeights, 'setFontWeights');
    this.each((cell, r, c) => RangeImpl.weight(cell, fontWeights[r][c], 'setFontWeights'));
    return this as unknown as GRange;
  }

  getBackground(): string {
    return cellAt(this.sheet, this.area.row, this.area.column)?.background ?? '#ffffff';
  }

  setBackground(color: string | null): GRange {
    this.each((cell) => {
      if (color === null) delete cell.background;
      else cell.background = String(color);
    });
    return this as unknown as GRange;
  }

  setWrap(isWrapEnabled: boolean): GRange {
    this.each((cell) => { cell.wrap = Boolean(isWrapEnabled); });
    return this as unknown as GRange;
  }

  getHorizontalAlignment(): string {
    return cellAt(this.sheet, this.area.row, this.area.column)?.horizontal ?? 'general';
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GRange {
    this.each((cell) => {
      if (alignment === null || alignment === 'normal') delete cell.horizontal;
      else cell.horizontal = alignment;
    });
    return this as unknown as GRange;
  }

  getVerticalAlignment(): string {
    return cellAt(this.sheet, this.area.row, this.area.column)?.vertical ?? 'bottom';
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRange {
    this.each((cell) => {
      if (alignment === null) delete cell.vertical;
      else cell.vertical = alignment;
    });
    return this as unknown as GRange;
  }

  clear(): GRange {
    this.each((cell) => {
      for (const key of Object.keys(cell) as Array<keyof Cell>) delete cell[key];
      cell.v = '';
    });
    return this as unknown as GRange;
  }

  clearContent(): GRange {
    this.each((cell) => {
      cell.v = '';
      delete cell.f;
    });
    return this as unknown as GRange;
  }

  clearFormat(): GRange {
    this.each((cell) => {
      const { v, f } = cell;
      for (const key of Object.keys(cell) as Array<keyof Cell>) delete cell[key];
      cell.v = v;
      if (f !== undefined) cell.f = f;
    });
    return this as unknown as GRange;
  }

  isBlank(): boolean {
    return this.map((cell) => hasContent(cell)).every((line) => line.every((filled) => !filled));
  }

  getRow(): number {
    return this.area.row;
  }

  getColumn(): number {
    return this.area.column;
  }

  getNumRows(): number {
    return this.area.numRows;
  }

  getNumColumns(): number {
    return this.area.numColumns;
  }

  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }

  getLastColumn(): number {
    return this.area.column + this.area.numColumns - 1;
  }

  getA1Notation(): string {
    return formatA1(this.area);
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return exposeSheet(this.context, this.sheet);
  }

  /** Relative to this range, 1-based; Google answers "Cell reference out of range" outside it. */
  getCell(row: number, column: number): GRange {
    if (typeof row !== 'number' || typeof column !== 'number') signatureMismatch('SpreadsheetApp.Range.getCell', [row, column]);
    if (row < 1 || column < 1 || row > this.area.numRows || column > this.area.numColumns) fail('Cell reference out of range');
    return exposeRange(this.context, this.sheet, this.area.row + row - 1, this.area.column + column - 1, 1, 1);
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GRange {
    const args = [rowOffset, columnOffset, numRows, numColumns].slice(0, arguments.length);
    if (args.length < 2 || args.some((arg) => typeof arg !== 'number')) signatureMismatch('SpreadsheetApp.Range.offset', args);
    return exposeRange(this.context, this.sheet, this.area.row + rowOffset, this.area.column + columnOffset,
      numRows ?? this.area.numRows, numColumns ?? this.area.numColumns);
  }
}

/**
 * A range by coordinates, with Google's checks and texts (the first four
 * from Apps Script's error messages as users report them; the last one when
 * the rectangle runs past the sheet's rows or columns).
 */
export function checkedArea(sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): GridArea {
  if (row < 1) fail('The starting row of the range is too small.');
  if (column < 1) fail('The starting column of the range is too small.');
  if (numRows < 1) fail('The number of rows in the range must be at least 1.');
  if (numColumns < 1) fail('The number of columns in the range must be at least 1.');
  if (row + numRows - 1 > sheet.maxRows || column + numColumns - 1 > sheet.maxColumns) {
    fail('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return { row, column, numRows, numColumns, wholeColumns: false, wholeRows: false };
}

export function exposeRange(context: SheetsContext, sheet: SheetModel, row: number, column: number, numRows: number, numColumns: number): GRange {
  const area = checkedArea(sheet, Math.trunc(row), Math.trunc(column), Math.trunc(numRows), Math.trunc(numColumns));
  return context.env.expose(new RangeImpl(context, sheet, area), RANGE);
}

export function exposeArea(context: SheetsContext, sheet: SheetModel, area: GridArea): GRange {
  return context.env.expose(new RangeImpl(context, sheet, area), RANGE);
}
