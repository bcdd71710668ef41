/**
 * A saved emulator: everything a later run needs to continue (workbook with
 * values, formats, widths, frozen panes, hidden rows, metadata and charts;
 * properties; triggers and their owners; outbox and each user's quota used;
 * the form and its responses; the clock, options and the user acting). Locks
 * are not saved: they end with the run that took them. Caches are not saved
 * either: they are volatile on Google too. JSON as it is: dates are epoch ms
 * or ISO strings.
 */
import type { UserModel } from './env';
import { EmulatorUsageError } from './errors';
import type { FormState } from './form/model';
import type { PropertyStores } from './properties';
import type { TriggerState } from './script';
import type { WorkbookModel } from './spreadsheet/model';
import type { SentMail } from './view';

/** 2: users (trigger owners, per-user properties and mail quota, the acting user). */
export const STATE_VERSION = 2;

export interface EmulatorState {
  readonly version: typeof STATE_VERSION;
  readonly options: {
    readonly timeZone: string;
    /** The user the emulator was created with. */
    readonly user: string;
    readonly mailQuota: number;
    /** null: real time. */
    readonly now: number | null;
  };
  /** The user following executions run as (Emulator.actAs). */
  readonly actingUser: UserModel;
  readonly scriptId: string;
  readonly workbook: WorkbookModel;
  readonly properties: PropertyStores;
  readonly triggers: TriggerState;
  readonly mail: {
    readonly outbox: ReadonlyArray<Omit<SentMail, 'sentAt'> & { readonly sentAt: string }>;
    readonly used: Readonly<Record<string, { readonly day: string; readonly recipients: number }>>;
  };
  readonly form: FormState | null;
}

/** Version 1: one user, who owned everything per-user. */
interface StateV1 extends Omit<EmulatorState, 'version' | 'actingUser' | 'properties' | 'triggers' | 'mail'> {
  readonly version: 1;
  readonly properties: { readonly document: Record<string, string>; readonly script: Record<string, string>; readonly user: Record<string, string> };
  readonly triggers: { readonly triggers: ReadonlyArray<Omit<TriggerState['triggers'][number], 'owner' | 'containerId'>>; readonly nextUid: number };
  readonly mail: { readonly outbox: EmulatorState['mail']['outbox']; readonly used: { readonly day: string; readonly recipients: number } };
}

/** A saved state of this version or an earlier one, as this version holds it. */
export function upgradeState(state: EmulatorState | StateV1): EmulatorState {
  if (state.version === STATE_VERSION) return state;
  if (state.version !== 1) throw new EmulatorUsageError(`Saved state version ${String((state as { version: unknown }).version)} is not ${STATE_VERSION}.`);
  const user = state.options.user;
  return {
    ...state,
    version: STATE_VERSION,
    actingUser: { email: user, emailHidden: false },
    properties: { document: state.properties.document, script: state.properties.script, users: { [user]: state.properties.user } },
    triggers: { nextUid: state.triggers.nextUid, triggers: state.triggers.triggers.map((trigger) => ({ ...trigger, owner: user, containerId: state.workbook.id })) },
    mail: { outbox: state.mail.outbox, used: { [user]: state.mail.used } },
  };
}

export type SavedState = EmulatorState | StateV1;

/** A deep copy through JSON, so a saved state and the live emulator never share objects. */
export function cloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
