/**
 * The spreadsheet the add-on runs in, asked of Google once per execution
 * (the script is evaluated afresh for each, so nothing outlives the run).
 */
let active: GoogleAppsScript.Spreadsheet.Spreadsheet | null = null;

export function activeSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  active ??= SpreadsheetApp.getActiveSpreadsheet();
  return active;
}
