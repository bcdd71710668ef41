/**
 * The spreadsheet as the actions see it: sheets by role, read whole and
 * written whole. Sheet objects never leave src/gas.
 *
 * Where each sheet is (its id, name and size, found by the developer-metadata
 * marker of the sheets the add-on owns) and the form's model are kept in the
 * document cache. A dialog's round trip then costs a call to find each sheet
 * it needs and one to read it, instead of re-reading every sheet's markers
 * and the form item by item. What is cached is checked as it is used: a
 * sheet that is gone sends the index to be rebuilt; the form is read again
 * once its copy is a few minutes old, and 集計を作成 always reads it afresh.
 */
import type { CellValue } from '../model/cells';
import type { CellFormat, SheetPlan } from '../model/sheet-plan';
import { activeSpreadsheet } from './active';
import { readCachedJson, writeCachedJson } from './cache';
import type { FormModel, FormReading } from './form';
import { readForm } from './form';
import type { AnchoredPicture, GridSize } from './sheets';
import { chartPictures, NEW_SHEET, planSignatures, ROLE_KEY, readSheet, writeHeaderRows, writePlan, writeRows } from './sheets';
import { toCells } from './values';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Grid = CellValue[][];

/** Google's limit of cells in one spreadsheet, all sheets together. */
export const CELL_LIMIT = 10_000_000;

/** How far sheets may have grown since the index saw them, for roomFor's estimate without measuring. */
const ESTIMATE_MARGIN = 1_000_000;

const CACHE_KEY = 'workbook.v1';
/** The index is checked as it is used, so it may live as long as Google keeps a cache entry (6 hours). */
const CACHE_SECONDS = 6 * 60 * 60;
/** A copy of the form older than this is read again: a renamed question shows in the dialogs within minutes. */
const FORM_MAX_AGE_MS = 5 * 60_000;

interface SheetEntry {
  readonly id: number;
  name: string;
  rows: number;
  columns: number;
  /** The add-on's role for the sheets it owns; null for the others. */
  role: string | null;
  /** What the add-on last put on the sheet besides its cells (see planSignatures); absent when unknown. */
  charts?: string;
  layout?: string;
}

interface Index {
  readonly spreadsheetName: string;
  readonly timeZone: string;
  readonly formUrl: string | null;
  /** The form's response sheet. */
  readonly responses: number | null;
  readonly sheets: SheetEntry[];
}

interface Cached {
  readonly index: Index;
  readonly form: { readonly url: string; readonly readAt: number; readonly model: FormModel } | null;
}

/** A sheet's size once an action has written it; `name` for a sheet still to be made. */
export interface PlannedSize extends GridSize {
  readonly name: string;
  /** replace: the sheet gets exactly this size; grow: at least this size, never smaller than it is. */
  readonly mode: 'replace' | 'grow';
}

function cellsOf(planned: PlannedSize, current: GridSize): number {
  if (planned.mode === 'replace') return planned.rows * planned.columns;
  return Math.max(planned.rows, current.rows) * Math.max(planned.columns, current.columns);
}

export interface SheetSize {
  readonly name: string;
  readonly cells: number;
}

export type Capacity =
  | { readonly ok: true; readonly cells: number }
  /** Writing would take the workbook over Google's limit: the largest sheets, as they would be. */
  | { readonly ok: false; readonly cells: number; readonly limit: number; readonly sheets: readonly SheetSize[] };

/** The header rows of a sheet whose body the add-on appends to (郵送回答). */
export interface HeaderPlan {
  readonly rows: readonly (readonly CellValue[])[];
  /** 1-based. */
  readonly boldRows: readonly number[];
  readonly hiddenRows: readonly number[];
  readonly frozenRows: number;
  /** Number formats of whole columns below the header, so appended dates show as dates. */
  readonly columnFormats: readonly (CellFormat | null)[];
  /** Rows to insert below this 1-based row first, making room rather than overwriting an answer. */
  readonly insertAfter: { readonly row: number; readonly count: number } | null;
}

export interface OpenOptions {
  /** For a role the add-on has no sheet for yet, a sheet with this name is used (a 名簿 staff made themselves). */
  readonly fallbackNames?: Readonly<Record<string, string>>;
}

export class Workbook {
  private readonly book = activeSpreadsheet();
  private readonly handles = new Map<string, Sheet>();
  /** Sheets got from getSheets() in this run, by id: writing them later needs no getSheetById. */
  private readonly inHand = new Map<number, Sheet>();
  /** Rows and columns of the data each role's sheet held when read, for writes that stay inside it. */
  private readonly extents = new Map<string, GridSize>();
  /** Sheets (by id) whose size was read in this run: their index entry is exact. */
  private readonly measured = new Set<number>();
  private cached: Cached;
  private rescanned = false;
  /** The index was built from the workbook in this run: its form URL is current. */
  private scannedNow = false;

  private constructor(private readonly fallbackNames: Readonly<Record<string, string>>) {
    const cached = readCachedJson<Cached>(CACHE_KEY);
    this.cached = cached ?? { index: this.scan(), form: null };
    if (!cached) this.persist();
  }

  static open(options: OpenOptions = {}): Workbook {
    return new Workbook(options.fallbackNames ?? {});
  }

  get timeZone(): string {
    return this.cached.index.timeZone;
  }

  get spreadsheetName(): string {
    return this.cached.index.spreadsheetName;
  }

  /**
   * The linked form's model: the cached copy while it is recent, unless
   * `fresh`, which also notices a form linked since (one more call, unless
   * the index was just built and asked already).
   */
  form(options: { fresh?: boolean } = {}): FormReading {
    let url = this.cached.index.formUrl;
    if (options.fresh && !this.scannedNow) {
      url = this.book.getFormUrl();
      if (url !== this.cached.index.formUrl) this.rebuild();
    }
    const copy = this.cached.form;
    if (!options.fresh && copy && copy.url === url && Date.now() - copy.readAt < FORM_MAX_AGE_MS) return { ok: true, model: copy.model };
    const reading = readForm(url);
    this.cached = { ...this.cached, form: reading.ok && url ? { url, readAt: Date.now(), model: reading.model } : null };
    this.persist();
    return reading;
  }

  has(role: string): boolean {
    return this.entryFor(role) !== null || this.sheet(role) !== null;
  }

  /** Every value of a role's sheet, header included ([] when empty); null when there is no such sheet. */
  read(role: string): Grid | null {
    const sheet = this.sheet(role);
    if (!sheet) return null;
    const values = readSheet(sheet);
    this.extents.set(role, { rows: values.length, columns: values[0]?.length ?? 0 });
    return values;
  }

  /** A sheet staff pasted into, by name: null when there is none by that name. */
  readNamed(name: string): { readonly values: Grid; readonly role: string | null } | null {
    const sheet = this.book.getSheetByName(name);
    if (!sheet) return null;
    const entry = this.cached.index.sheets.find((candidate) => candidate.name === name);
    return { values: readSheet(sheet), role: entry?.role ?? null };
  }

  /**
   * Sheets staff may have pasted answers into: every sheet but the form's
   * and the add-on's own, except those in `include`. The sheet open in front
   * of the user is looked at afresh; the others are as the index last saw them.
   */
  pasteTargets(include: readonly string[]): string[] {
    if (this.book.getNumSheets() !== this.cached.index.sheets.length) this.rebuild();
    // The sheet in front of the user is the one a clerk just pasted into: it must be listed by its name now.
    const active = this.book.getActiveSheet();
    const activeId = active.getSheetId();
    const entry = this.cached.index.sheets.find((candidate) => candidate.id === activeId);
    if (!entry) this.rebuild();
    else {
      const name = active.getName();
      if (name !== entry.name) {
        entry.name = name;
        this.persist();
      }
    }
    const { index } = this.cached;
    const excluded = new Set(Object.keys(this.fallbackNames).map((role) => this.entryFor(role)?.id));
    return index.sheets
      .filter((sheet) => sheet.id !== index.responses && !excluded.has(sheet.id) && (sheet.role === null || include.includes(sheet.role)))
      .map((sheet) => sheet.name);
  }

  /**
   * Whether the workbook stays under Google's cell limit once each role in
   * `after` has the given size: exactly that size when the sheet is
   * `replaced`, at least that size when it only `grows` (sheets not yet made
   * start at Sheets' default size).
   */
  capacity(after: Readonly<Record<string, PlannedSize>>): Capacity {
    // Sheets grow on their own (answers arrive, staff add rows or sheets): every size is read afresh,
    // unless this run has just read them all (a cold cache).
    if (this.cached.index.sheets.some((sheet) => !this.measured.has(sheet.id))) this.measure();
    const total = this.cellsAfter(after);
    if (total <= CELL_LIMIT) return { ok: true, cells: total };
    const sizes = this.cached.index.sheets.map((sheet) => {
      const role = this.roleOf(sheet);
      const planned = role === null ? undefined : after[role];
      return { role, name: sheet.name, cells: planned ? cellsOf(planned, sheet) : sheet.rows * sheet.columns };
    });
    for (const [role, size] of Object.entries(after)) {
      if (!sizes.some((sheet) => sheet.role === role)) sizes.push({ role, name: size.name, cells: cellsOf(size, NEW_SHEET) });
    }
    return {
      ok: false, cells: total, limit: CELL_LIMIT,
      sheets: sizes.sort((a, b) => b.cells - a.cells).map(({ name, cells }) => ({ name, cells })),
    };
  }

  /**
   * capacity() for a small write from a dialog, measuring only when it
   * matters: the sizes the index last saw (a sheet made since is noticed by
   * the count), with the write and a margin for what may have grown since
   * (answers arriving, staff's edits), answer on their own unless they come
   * near the limit. One call, where measuring costs three a sheet.
   */
  roomFor(after: Readonly<Record<string, PlannedSize>>): Capacity {
    if (this.book.getNumSheets() === this.cached.index.sheets.length) {
      const cells = this.cellsAfter(after);
      if (cells + ESTIMATE_MARGIN <= CELL_LIMIT) return { ok: true, cells };
    }
    return this.capacity(after);
  }

  /** Replaces a role's sheet with the plan (made, and named plan.name, if the add-on has none yet). */
  writeTable(role: string, plan: SheetPlan): void {
    const { sheet, created } = this.ensure(role, plan.name);
    const entry = this.entryFor(role);
    const size = writePlan(sheet, plan, {
      created, size: entry && this.measured.has(entry.id) ? entry : null, charts: entry?.charts ?? null, layout: entry?.layout ?? null,
    });
    this.resized(role, size);
    const signatures = planSignatures(plan);
    if (entry && (entry.charts !== signatures.charts || entry.layout !== signatures.layout)) {
      entry.charts = signatures.charts;
      entry.layout = signatures.layout;
      this.persist();
    }
  }

  /** Writes a sheet's header rows and their layout, leaving the rows below as they are. */
  writeHeader(role: string, name: string, header: HeaderPlan): void {
    const { sheet, created } = this.ensure(role, name);
    const size = writeHeaderRows(sheet, header, created ? NEW_SHEET : null);
    this.resized(role, size);
    this.extents.delete(role);
  }

  /**
   * Writes `values` with their top-left cell at (row, column), 1-based. When
   * they lie inside the data last read from the sheet the grid is not
   * measured first: one call fewer on a dialog's save.
   */
  writeRows(role: string, row: number, column: number, values: readonly (readonly CellValue[])[], formats?: readonly (readonly (CellFormat | null)[])[]): void {
    const sheet = this.sheet(role);
    if (!sheet) throw new Error(`No sheet for ${role}`);
    const extent = this.extents.get(role);
    const inside = !!extent && row + values.length - 1 <= extent.rows && column + (values[0]?.length ?? 0) - 1 <= extent.columns;
    const size = writeRows(sheet, row, column, values, formats, inside);
    if (size) this.resized(role, size);
  }

  /** Appends one row below the last row with content, in one call (Sheets' appendRow is atomic). */
  appendRow(role: string, cells: readonly CellValue[]): void {
    const sheet = this.sheet(role);
    if (!sheet) throw new Error(`No sheet for ${role}`);
    sheet.appendRow(toCells([cells])[0]);
  }

  deleteRow(role: string, row: number): void {
    this.sheet(role)?.deleteRow(row);
    this.extents.delete(role);
  }

  /** Pictures of the charts on a role's sheet, with where each is anchored, as they stand once pending writes are applied. */
  chartPictures(role: string): AnchoredPicture[] {
    const sheet = this.sheet(role);
    return sheet ? chartPictures(sheet) : [];
  }

  /**
   * Replaces what a hidden sheet the add-on keeps for itself holds with
   * `rows` (one column), and hides it. Leaner than writeTable, for a dialog's
   * call budget: there are no charts, formats or layout to keep, and a new
   * sheet keeps the grid Sheets gives it (1,000 × 26) rather than being
   * fitted (two calls more), growing only when the rows need it.
   */
  writeStore(role: string, name: string, rows: readonly (readonly CellValue[])[]): void {
    const { sheet, created } = this.ensure(role, name);
    const columns = this.entryFor(role)?.columns ?? NEW_SHEET.columns;
    let height = NEW_SHEET.rows;
    if (!created) {
      sheet.clearContents();
      height = sheet.getMaxRows();
    }
    if (height < rows.length) {
      sheet.insertRowsAfter(height, rows.length - height);
      this.resized(role, { rows: rows.length, columns });
    }
    sheet.getRange(1, 1, rows.length, 1).setValues(toCells(rows));
    // Hidden again should staff have shown it: hiding a hidden sheet changes nothing.
    sheet.hideSheet();
  }

  /** Brings the role's sheet to the front. */
  activate(role: string): void {
    this.sheet(role)?.activate();
  }

  /** Applies pending writes now (before a lock is released, before a mail goes out). */
  flush(): void {
    SpreadsheetApp.flush();
  }

  private cellsAfter(after: Readonly<Record<string, PlannedSize>>): number {
    let total = 0;
    const counted = new Set<string>();
    for (const sheet of this.cached.index.sheets) {
      const role = this.roleOf(sheet);
      const size = role !== null ? after[role] : undefined;
      if (role !== null && size) counted.add(role);
      total += size ? cellsOf(size, sheet) : sheet.rows * sheet.columns;
    }
    // A sheet still to be made starts at Sheets' default size before it is fitted.
    for (const [role, size] of Object.entries(after)) if (!counted.has(role)) total += Math.max(cellsOf(size, NEW_SHEET), NEW_SHEET.rows * NEW_SHEET.columns);
    return total;
  }

  /** The role a sheet of the index plays, fallback names included. */
  private roleOf(sheet: SheetEntry): string | null {
    if (sheet.role !== null) return sheet.role;
    if (sheet.id === this.cached.index.responses) return 'responses';
    for (const [role, name] of Object.entries(this.fallbackNames)) {
      if (sheet.name === name && !this.cached.index.sheets.some((other) => other.role === role)) return role;
    }
    return null;
  }

  private entryFor(role: string): SheetEntry | null {
    const { index } = this.cached;
    if (role === 'responses') return index.sheets.find((sheet) => sheet.id === index.responses) ?? null;
    const owned = index.sheets.find((sheet) => sheet.role === role);
    if (owned) return owned;
    const fallback = this.fallbackNames[role];
    return fallback === undefined ? null : index.sheets.find((sheet) => sheet.role === null && sheet.name === fallback) ?? null;
  }

  private sheet(role: string): Sheet | null {
    const known = this.handles.get(role);
    if (known) return known;
    let entry = this.entryFor(role);
    let sheet = entry ? this.inHand.get(entry.id) ?? this.book.getSheetById(entry.id) : null;
    if (entry && !sheet && !this.rescanned) {
      // Deleted, or the index is older than the workbook: look again once.
      this.rebuild();
      entry = this.entryFor(role);
      sheet = entry ? this.inHand.get(entry.id) ?? this.book.getSheetById(entry.id) : null;
    }
    const fallback = this.fallbackNames[role];
    if (!sheet && fallback !== undefined) {
      // Made by staff since the index was built.
      sheet = this.book.getSheetByName(fallback);
      if (sheet && !entry) {
        this.cached.index.sheets.push({ id: sheet.getSheetId(), name: fallback, rows: sheet.getMaxRows(), columns: sheet.getMaxColumns(), role: null });
        this.persist();
      }
    }
    if (sheet) this.handles.set(role, sheet);
    return sheet;
  }

  /** The add-on's sheet for a role, or a new one named `name` (or `name (2)` when staff have a sheet by that name). */
  private ensure(role: string, name: string): { sheet: Sheet; created: boolean } {
    const existing = this.sheet(role);
    if (existing) return { sheet: existing, created: false };
    const { sheet, title } = this.insert(name);
    sheet.addDeveloperMetadata(ROLE_KEY, role);
    const id = sheet.getSheetId();
    this.cached.index.sheets.push({ id, name: title, ...NEW_SHEET, role });
    this.measured.add(id);
    this.handles.set(role, sheet);
    this.persist();
    return { sheet, created: true };
  }

  /**
   * A new sheet named `name`, or `name (2)` … when a sheet has that name: the
   * names the index knows are avoided without asking; one made since makes
   * Google refuse the name, and the next is tried.
   */
  private insert(name: string): { readonly sheet: Sheet; readonly title: string } {
    const taken = new Set(this.cached.index.sheets.map((sheet) => sheet.name.toLowerCase()));
    let tries = 0;
    for (let n = 1; ; n++) {
      const title = n === 1 ? name : `${name} (${n})`;
      if (taken.has(title.toLowerCase())) continue;
      try {
        return { sheet: this.book.insertSheet(title, this.cached.index.sheets.length), title };
      } catch (error) {
        if (++tries > 10 || !this.book.getSheetByName(title)) throw error;
      }
    }
  }

  /** Sizes kept for the cell-limit estimate; saved with the next change that matters (a new sheet, the form). */
  private resized(role: string, size: GridSize): void {
    const entry = this.entryFor(role);
    if (!entry) return;
    entry.rows = size.rows;
    entry.columns = size.columns;
    this.measured.add(entry.id);
  }

  /** Every sheet's size as it is now: three calls a sheet; sheets made or deleted since the index are noticed. */
  private measure(): void {
    const known = new Map(this.cached.index.sheets.map((sheet) => [sheet.id, sheet]));
    const sheets: SheetEntry[] = [];
    let unknown = false;
    for (const sheet of this.book.getSheets()) {
      const id = sheet.getSheetId();
      const entry = known.get(id);
      if (!entry) unknown = true;
      this.inHand.set(id, sheet);
      sheets.push({ ...(entry ?? { id, name: sheet.getName(), role: null }), rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() });
    }
    if (unknown) {
      // A sheet the index has never seen may be one of the add-on's (made by another run): look at every marker.
      this.rebuild();
      return;
    }
    this.cached.index.sheets.splice(0, this.cached.index.sheets.length, ...sheets);
    for (const sheet of sheets) this.measured.add(sheet.id);
  }

  private rebuild(): void {
    this.rescanned = true;
    this.handles.clear();
    this.inHand.clear();
    this.measured.clear();
    this.cached = { index: this.scan(), form: this.cached.form };
    this.persist();
  }

  /** Every sheet's id, name, size and marker: a few calls per sheet, done when the cache has nothing better. */
  private scan(): Index {
    this.scannedNow = true;
    this.measured.clear();
    const sheets: SheetEntry[] = [];
    let responses: number | null = null;
    for (const sheet of this.book.getSheets()) {
      const id = sheet.getSheetId();
      this.inHand.set(id, sheet);
      if (responses === null && sheet.getFormUrl() !== null) responses = id;
      const marker = sheet.getDeveloperMetadata().find((metadata) => metadata.getKey() === ROLE_KEY);
      sheets.push({ id, name: sheet.getName(), rows: sheet.getMaxRows(), columns: sheet.getMaxColumns(), role: marker ? marker.getValue() ?? '' : null });
      this.measured.add(id);
    }
    return {
      spreadsheetName: this.book.getName(), timeZone: this.book.getSpreadsheetTimeZone(), formUrl: this.book.getFormUrl(), responses, sheets,
    };
  }

  private persist(): void {
    writeCachedJson(CACHE_KEY, this.cached, CACHE_SECONDS);
  }
}
