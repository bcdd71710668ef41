import { activeSpreadsheet } from './active';

export interface MenuItem {
  readonly label: string;
  /** The name of a top-level function in the pushed script. */
  readonly handler: string;
}

export type MenuEntry = MenuItem | 'separator' | { readonly label: string; readonly items: readonly MenuItem[] };

/**
 * Where the menu goes. A script bound to the spreadsheet gets its own menu in
 * the menu bar; an Editor add-on's menu lives under Extensions (拡張機能),
 * as must any menu built before the script is authorised (AuthMode.NONE).
 */
export type MenuPlacement = 'menuBar' | 'extensions';

/**
 * Set by build.mjs: true in the bundle built with --addon (`npm run
 * push:addon`), published as an Editor add-on; false in the bundle pushed to
 * a script bound to the spreadsheet. A running script cannot tell the two
 * apart under AuthMode.LIMITED, so the build says which it is.
 */
declare const BUILD_AS_ADDON: boolean;

/** What the add-on reads of onOpen's event (a Sheets open event carries more). */
export interface OpenEvent {
  readonly authMode?: unknown;
}

/** NONE means an add-on not yet used in this document: only the Extensions menu is allowed. */
export function placementOnOpen(event?: OpenEvent): MenuPlacement {
  if (BUILD_AS_ADDON) return 'extensions';
  return event && event.authMode === ScriptApp.AuthMode.NONE ? 'extensions' : 'menuBar';
}

export function addMenu(placement: MenuPlacement, title: string, entries: readonly MenuEntry[]): void {
  const ui = SpreadsheetApp.getUi();
  const menu = placement === 'extensions' ? ui.createAddonMenu() : ui.createMenu(title);
  for (const entry of entries) {
    if (entry === 'separator') menu.addSeparator();
    else if ('items' in entry) {
      const sub = ui.createMenu(entry.label);
      for (const item of entry.items) sub.addItem(item.label, item.handler);
      menu.addSubMenu(sub);
    } else menu.addItem(entry.label, entry.handler);
  }
  menu.addToUi();
}

export function toast(message: string, title = '', seconds = 5): void {
  activeSpreadsheet().toast(message, title, seconds);
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(message);
}

/** OK/Cancel question; true when the user chose OK. */
export function confirm(title: string, message: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, message, ui.ButtonSet.OK_CANCEL) === ui.Button.OK;
}

/** A built HTML file from dist/ (see build.mjs) in the sidebar. */
export function showSidebar(file: string, title: string): void {
  SpreadsheetApp.getUi().showSidebar(HtmlService.createHtmlOutputFromFile(file).setTitle(title));
}

export function showDialog(file: string, title: string, width: number, height: number): void {
  const output = HtmlService.createHtmlOutputFromFile(file).setWidth(width).setHeight(height);
  SpreadsheetApp.getUi().showModalDialog(output, title);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * A dialog with a few lines of text and a link that opens in a new tab (the
 * deck just made). Every piece of text is escaped: nothing in it is markup.
 */
export function showLinkDialog(title: string, lines: readonly string[], link: { readonly url: string; readonly label: string }): void {
  const html = [
    '<div style="font-family: sans-serif; font-size: 14px; line-height: 1.6">',
    ...lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    `<p><a href="${escapeHtml(link.url)}" target="_blank" rel="noopener">${escapeHtml(link.label)}</a></p>`,
    '</div>',
  ].join('');
  SpreadsheetApp.getUi().showModalDialog(HtmlService.createHtmlOutput(html).setWidth(460).setHeight(260), title);
}
