import type { SheetPlan } from '../../model/sheet-plan';
import type { Summary } from '../summarize';
import { crossSheet } from './cross';
import { highlightsSheet } from './highlights';
import { simpleSheet } from './simple';
import { statusSheet } from './status';
import type { TextColumns } from './texts';
import { textsSheet } from './texts';

export type SummarySheetKey = 'status' | 'simple' | 'cross' | 'texts' | 'highlights';

/**
 * The summary sheets, in tab order, each under a key that stays the same when
 * its name is translated; `textColumns` adds columns beside the free-text answers.
 */
export function summarySheets(summary: Summary, timeZone: string, textColumns: TextColumns | null = null): Array<{ key: SummarySheetKey; plan: SheetPlan }> {
  return [
    { key: 'status', plan: statusSheet(summary, timeZone) },
    { key: 'simple', plan: simpleSheet(summary) },
    { key: 'cross', plan: crossSheet(summary) },
    { key: 'texts', plan: textsSheet(summary, textColumns) },
    { key: 'highlights', plan: highlightsSheet(summary) },
  ];
}
