/**
 * The 郵送リマインド sheet: the people a reminder must reach by post, ready
 * to print. Rewritten whole on every run, like any sheet the add-on owns.
 */
import type { SheetPlan } from '../model/sheet-plan';
import { SheetBuilder } from '../model/sheet-plan';
import { POSTAL_SHEET, REMINDER_SHEETS } from '../messages';
import type { PostalEntry } from './plan';
import type { RosterLayout } from './roster';

export function postalSheet(postal: readonly PostalEntry[], layout: RosterLayout): SheetPlan {
  const withPostcode = layout.columns.postcode !== null;
  const builder = new SheetBuilder();
  const header = POSTAL_SHEET.header;
  builder.row(withPostcode ? [header.id, header.name, header.postcode, header.postal, header.reason] : [header.id, header.name, header.postal, header.reason], [], true);
  for (const { entry, reason } of postal) {
    // Said in the reason column, so that the address column prints as it is.
    const why = entry.postal === '' ? `${POSTAL_SHEET.reasons[reason]}${POSTAL_SHEET.noPostal}` : POSTAL_SHEET.reasons[reason];
    builder.row(
      withPostcode ? [entry.id, entry.name, entry.postcode, entry.postal, why] : [entry.id, entry.name, entry.postal, why],
      withPostcode ? ['text', null, 'text', null, null] : ['text', null, null, null],
    );
  }
  const widths = withPostcode ? [90, 140, 90, 360, 220] : [90, 140, 360, 220];
  return builder.build(REMINDER_SHEETS.postal, { frozenRows: 1, columnWidths: widths });
}
