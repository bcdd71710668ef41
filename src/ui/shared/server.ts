/**
 * google.script.run as promises, typed by the contracts in actions/api.ts.
 * Google calls one of the handlers exactly once per call, asynchronously.
 */
import type {
  AutomaticResult, ImportResult, ImportSources, PaperDeleteResult, PaperEntryStart, PaperLoadResult, PaperLookup,
  PaperSaveRequest, PaperSaveResult, PreviousImportResult, PreviousStatus, ReminderDialog, ReminderSendRequest, ReminderSendResult,
  RosterImportResult, SummaryExport,
} from '../../actions/api';
import { DIALOG_COMMON } from '../../messages';

/** The server functions the dialogs call, as src/main.ts exports them. */
export interface Server {
  paperEntryStart(): PaperEntryStart;
  paperLookup(rosterId: string): PaperLookup;
  paperLoad(rosterId: string): PaperLoadResult;
  paperSave(request: PaperSaveRequest): PaperSaveResult;
  paperDelete(rosterId: string): PaperDeleteResult;
  paperImportSources(): ImportSources;
  paperImportFile(base64: string, fileName: string): ImportResult;
  paperImportSheet(sheetName: string): ImportResult;
  rosterImportFile(base64: string, fileName: string, replace: boolean): RosterImportResult;
  reminderDialog(): ReminderDialog;
  reminderSend(request: ReminderSendRequest): ReminderSendResult;
  reminderAutomatic(on: boolean): AutomaticResult;
  summaryExport(): SummaryExport;
  previousStatus(): PreviousStatus;
  previousImportFile(text: string, fileName: string): PreviousImportResult;
}

/** The client side Google provides in a dialog or sidebar (only what is used here). */
interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  readonly [name: string]: unknown;
}

declare global {
  interface Window {
    readonly google?: {
      readonly script: {
        readonly run: ScriptRunner;
        readonly host: { close(): void };
      };
    };
  }
}

export function call<K extends keyof Server>(name: K, ...args: Parameters<Server[K]>): Promise<ReturnType<Server[K]>> {
  return new Promise((resolve, reject) => {
    const script = window.google?.script;
    if (!script) {
      reject(new Error(DIALOG_COMMON.outsideSpreadsheet));
      return;
    }
    const runner = script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Server[K]>))
      .withFailureHandler(reject);
    const target = runner[name];
    if (typeof target !== 'function') {
      reject(new Error(DIALOG_COMMON.missingServerFunction(name)));
      return;
    }
    (target as (...values: unknown[]) => void).apply(runner, args);
  });
}

/** What to tell the user when a call failed: Google passes an Error, but be ready for anything. */
export function errorText(error: unknown): string {
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return DIALOG_COMMON.error(detail);
}

export function closeDialog(): void {
  window.google?.script.host.close();
}
