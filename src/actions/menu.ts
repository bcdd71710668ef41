import { MENU } from '../messages';
import type { MenuPlacement, OpenEvent } from '../gas/ui';
import { addMenu, placementOnOpen } from '../gas/ui';

function buildMenu(placement: MenuPlacement): void {
  addMenu(placement, MENU.title, [
    { label: MENU.summary, handler: 'generateSummary' },
    { label: MENU.report, handler: 'createReportDeck' },
    { label: MENU.exportSummary, handler: 'openSummaryExport' },
    { label: MENU.importPrevious, handler: 'openPreviousImport' },
    'separator',
    { label: MENU.paperEntry, handler: 'openPaperEntry' },
    { label: MENU.paperImport, handler: 'openPaperImport' },
    'separator',
    {
      label: MENU.reminderMenu,
      items: [
        { label: MENU.reminders, handler: 'openReminders' },
        { label: MENU.autoOn, handler: 'enableAutoReminders' },
        { label: MENU.autoOff, handler: 'disableAutoReminders' },
        { label: MENU.rosterImport, handler: 'openRosterImport' },
      ],
    },
    'separator',
    { label: MENU.settings, handler: 'openSettings' },
    { label: MENU.codebook, handler: 'openCodebook' },
  ]);
}

/**
 * Runs on every open, also under AuthMode.NONE (an add-on not yet used in this
 * document): it only builds the menu, never reads data or properties.
 */
export function onOpen(event?: OpenEvent): void {
  buildMenu(placementOnOpen(event));
}

/** An Editor add-on runs this once when installed; the menu must appear at once. */
export function onInstall(): void {
  buildMenu('extensions');
}
