import type { SheetPlan } from '../../model/sheet-plan';
import type { Summary } from '../summarize';
import { crossSheet } from './cross';
import { highlightsSheet } from './highlights';
import { simpleSheet } from './simple';
import { statusSheet } from './status';
import { textsSheet } from './texts';

/** The summary sheets, in tab order. */
export function summarySheets(summary: Summary, timeZone: string): SheetPlan[] {
  return [statusSheet(summary, timeZone), simpleSheet(summary), crossSheet(summary), textsSheet(summary), highlightsSheet(summary)];
}
