/**
 * RangeList: several ranges of one sheet changed by one call (Sheet.getRangeList).
 * Each method does what the same Range method does, range by range.
 */
import { signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import type { SheetsContext } from './context';
import type { SheetModel } from './model';
import { RangeImpl } from './range';
import { rangeByA1 } from './sheet';

const METHODS = ['getRanges', 'setFontWeight', 'setNumberFormat', 'setWrap', 'setVerticalAlignment', 'setBackground', 'clearContent'] as const;
type Methods = typeof METHODS[number];
type GRangeList = GoogleAppsScript.Spreadsheet.RangeList;

export const RANGE_LIST = classSpec<GRangeList>()('SpreadsheetApp', 'RangeList', METHODS);

export class RangeListImpl implements Pick<GRangeList, Methods> {
  private constructor(private readonly ranges: readonly GoogleAppsScript.Spreadsheet.Range[], private readonly raws: readonly RangeImpl[]) {}

  /** Google reads every notation against the sheet; one it cannot read fails the whole call. */
  static of(context: SheetsContext, sheet: SheetModel, notations: unknown): GRangeList {
    if (!Array.isArray(notations) || notations.some((notation) => typeof notation !== 'string')) {
      signatureMismatch('SpreadsheetApp.Sheet.getRangeList', [notations]);
    }
    const ranges = (notations as string[]).map((notation) => rangeByA1(context, sheet, notation));
    const raws = ranges.map((range) => context.env.unwrap(range, RangeImpl) as RangeImpl);
    return context.env.expose(new RangeListImpl(ranges, raws), RANGE_LIST);
  }

  getRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return [...this.ranges];
  }

  private each(change: (range: RangeImpl) => void): GRangeList {
    for (const range of this.raws) change(range);
    return this as unknown as GRangeList;
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GRangeList {
    return this.each((range) => range.setFontWeight(fontWeight));
  }

  setNumberFormat(format: string): GRangeList {
    return this.each((range) => range.setNumberFormat(format));
  }

  setWrap(isWrapEnabled: boolean): GRangeList {
    return this.each((range) => range.setWrap(isWrapEnabled));
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GRangeList {
    return this.each((range) => range.setVerticalAlignment(alignment));
  }

  setBackground(color: string | null): GRangeList {
    return this.each((range) => range.setBackground(color));
  }

  clearContent(): GRangeList {
    return this.each((range) => range.clearContent());
  }
}
