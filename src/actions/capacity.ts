/** Google's cell limit, checked before an action writes anything. */
import { LIMITS } from '../messages';
import type { PlannedSize } from '../gas/workbook';
import type { Book } from './context';

/** Null when the workbook stays under the limit; else what to tell staff (the largest sheets and their sizes). */
export function capacityProblem(book: Book, after: Readonly<Record<string, PlannedSize>>): string | null {
  const capacity = book.sheets.capacity(after);
  return capacity.ok ? null : LIMITS.workbookFull(capacity.cells, capacity.limit, capacity.sheets.slice(0, 5));
}

/** The same for a small write from a dialog: measured only when the estimate comes near the limit (Workbook.roomFor). */
export function roomProblem(book: Book, after: Readonly<Record<string, PlannedSize>>): string | null {
  const capacity = book.sheets.roomFor(after);
  return capacity.ok ? null : LIMITS.workbookFull(capacity.cells, capacity.limit, capacity.sheets.slice(0, 5));
}
