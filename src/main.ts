/**
 * The entry points Google calls: menu handlers, google.script.run targets and
 * trigger handlers. Every export here becomes a top-level function in the
 * pushed script (see build.mjs); export nothing else.
 */
export { onOpen, onInstall } from './actions/menu';
export { generateSummary } from './actions/summary';
export { createReportDeck } from './actions/report';
export { openSummaryExport, summaryExport } from './actions/summary-export';
export { openPreviousImport, previousStatus, previousImportFile } from './actions/previous-import';
export { openSettings } from './actions/settings';
export { openCodebook } from './actions/themes';
export { openPaperEntry, paperEntryStart, paperLookup, paperSave, paperLoad, paperDelete } from './actions/paper-entry';
export { openPaperImport, paperImportSources, paperImportFile, paperImportSheet } from './actions/paper-import';
export { openRosterImport, rosterImportFile } from './actions/roster-import';
export {
  openReminders, reminderDialog, reminderSend, reminderAutomatic, enableAutoReminders, disableAutoReminders, sendScheduledReminders,
} from './actions/reminders';
