/**
 * 自由記述の分類: the codebook sheet (made by 設定, by this menu item or by
 * the first 集計を作成), and what 集計を作成 reads for the coding.
 */
import type { CellValue } from '../model/cells';
import { THEMES } from '../messages';
import { codebookSheet } from '../themes/codebook';
import { alert, toast } from '../gas/ui';
import type { Book } from './context';
import { openBook, ROLES, whileLocked } from './context';

type Grid = readonly (readonly CellValue[])[];

/** The role of テーマ集計, among the summary's sheets. */
export const THEMES_SUMMARY_ROLE = ROLES.summary('themes');

/** Writes the codebook sheet, header and empty rows, unless it exists; whether it was made. */
export function ensureCodebookSheet(book: Book): boolean {
  if (book.sheets.has(ROLES.codebook)) return false;
  book.sheets.writeTable(ROLES.codebook, codebookSheet());
  return true;
}

export interface ThemeSources {
  readonly codebook: Grid | null;
  /** 自由記述 as it is, for the themes staff typed there before it is rewritten. */
  readonly texts: Grid | null;
  readonly hasThemesSheet: boolean;
}

/**
 * One read for the codebook, one for 自由記述. 自由記述 is read whatever the
 * codebook holds: themes typed there stay even if the codebook was emptied
 * or deleted meanwhile.
 */
export function loadThemeSources(book: Book): ThemeSources {
  return {
    codebook: book.sheets.read(ROLES.codebook),
    texts: book.sheets.read(ROLES.summary('texts')),
    hasThemesSheet: book.sheets.has(THEMES_SUMMARY_ROLE),
  };
}

/** Menu handler: opens the codebook sheet, made first if need be. */
export function openCodebook(): void {
  const book = openBook();
  const made = whileLocked(() => ({ kind: 'ready' as const, made: ensureCodebookSheet(book) }));
  if (made.kind === 'busy') {
    alert(made.message);
    return;
  }
  book.sheets.activate(ROLES.codebook);
  toast(made.made ? THEMES.created : THEMES.opened);
}
