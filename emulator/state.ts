/**
 * A saved emulator: everything a later run needs to continue (workbook with
 * values, formats, widths, frozen panes, hidden rows, metadata and charts;
 * properties; triggers; outbox and the quota used; the form and its
 * responses; the clock and options). Locks are not saved: they end with the
 * run that took them. JSON as it is: dates are epoch ms or ISO strings.
 */
import type { FormState } from './form/model';
import type { PropertyStores } from './properties';
import type { TriggerState } from './script';
import type { WorkbookModel } from './spreadsheet/model';
import type { SentMail } from './view';

export const STATE_VERSION = 1;

export interface EmulatorState {
  readonly version: typeof STATE_VERSION;
  readonly options: {
    readonly timeZone: string;
    readonly user: string;
    readonly mailQuota: number;
    /** null: real time. */
    readonly now: number | null;
  };
  readonly scriptId: string;
  readonly workbook: WorkbookModel;
  readonly properties: PropertyStores;
  readonly triggers: TriggerState;
  readonly mail: {
    readonly outbox: ReadonlyArray<Omit<SentMail, 'sentAt'> & { readonly sentAt: string }>;
    readonly used: { readonly day: string; readonly recipients: number };
  };
  readonly form: FormState | null;
}

/** A deep copy through JSON, so a saved state and the live emulator never share objects. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
