/**
 * 郵送回答を一括取り込み: a CSV file or a sheet of typed paper answers goes
 * into the 郵送回答 sheet; rows with problems are held on 要確認.
 */
import type { ImportResult } from '../../actions/api';
import { DIALOG_COMMON as COMMON, DIALOGS, PAPER_IMPORT_DIALOG as TEXT } from '../../messages';
import { byId, fill, h } from '../shared/dom';
import { fileBase64, onFileImport } from '../shared/file';
import { notice, problemList, showNotice, whileBusy } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const fileInput = h('input', { type: 'file', accept: '.csv,text/csv', 'aria-labelledby': 'file-heading' });
const importFile = h('button', { type: 'button', class: 'primary', disabled: true }, COMMON.import);
const sheetSelect = h('select', { 'aria-labelledby': 'sheet-heading', disabled: true }, h('option', null, COMMON.loading));
const importSheet = h('button', { type: 'button', class: 'primary', disabled: true }, COMMON.import);
const result = h('div', { 'aria-live': 'polite' });
const close = h('button', { type: 'button' }, COMMON.close);
const controls = [fileInput, importFile, sheetSelect, importSheet];

document.title = DIALOGS.paperImport;
fill(byId('app'),
  h('p', { class: 'intro' }, TEXT.intro),
  h('section', { class: 'source' },
    h('h2', { id: 'file-heading' }, TEXT.fromFile),
    h('div', { class: 'source-row' }, fileInput, importFile)),
  h('section', { class: 'source' },
    h('h2', { id: 'sheet-heading' }, TEXT.fromSheet),
    h('div', { class: 'source-row' }, sheetSelect, importSheet)),
  result,
  h('section', { class: 'format' },
    h('h2', null, COMMON.formatHeading),
    h('ul', { class: 'small' }, TEXT.format.map((line) => h('li', null, line)))),
  h('div', { class: 'buttons end' }, close));

function showResult(outcome: ImportResult): void {
  switch (outcome.kind) {
    case 'imported':
      fill(result,
        notice(outcome.held > 0 || outcome.alreadyHeld > 0 || outcome.notes.length > 0 ? 'warn' : 'ok', outcome.message),
        h('p', { class: 'counts' },
          h('span', null, TEXT.imported(outcome.imported)), h('span', null, TEXT.held(outcome.held)),
          outcome.alreadyHeld > 0 ? h('span', null, TEXT.alreadyHeld(outcome.alreadyHeld)) : null),
        problemList(outcome.problems, TEXT.heldReasons),
        problemList(outcome.notes, TEXT.notes));
      break;
    case 'stopped':
      fill(result, notice('error', outcome.message), problemList(outcome.problems, COMMON.reason));
      break;
    case 'busy':
      fill(result, notice('warn', outcome.message));
      break;
  }
}

async function loadSources(): Promise<void> {
  try {
    const { sheets } = await call('paperImportSources');
    const chosen = sheetSelect.value;
    // No sheet is chosen for the clerk: importing the wrong one would be easy to miss.
    fill(sheetSelect, h('option', { value: '' }, sheets.length === 0 ? TEXT.noSheets : TEXT.chooseSheet),
      sheets.map((name) => h('option', { value: name }, name)));
    if (sheets.includes(chosen)) sheetSelect.value = chosen;
    sheetSelect.disabled = sheets.length === 0;
    importSheet.disabled = sheetSelect.value === '';
  } catch (error) {
    fill(sheetSelect, h('option', { value: '' }, TEXT.sheetsUnreadable));
    showNotice(result, 'error', errorText(error));
  }
}

async function run(work: () => Promise<ImportResult>): Promise<void> {
  fill(result, h('p', { class: 'loading' }, COMMON.importing));
  await whileBusy(controls, async () => {
    try {
      showResult(await work());
    } catch (error) {
      showNotice(result, 'error', errorText(error));
    }
  });
  importFile.disabled = !fileInput.files?.length;
  // A held batch adds a 要確認 sheet, which can then be imported once corrected.
  await loadSources();
}

sheetSelect.addEventListener('change', () => {
  importSheet.disabled = sheetSelect.value === '';
});

onFileImport(fileInput, importFile, result, TEXT.tooLarge, (file) => {
  void run(async () => call('paperImportFile', await fileBase64(file), file.name));
});

importSheet.addEventListener('click', () => {
  const name = sheetSelect.value;
  if (name !== '') void run(() => call('paperImportSheet', name));
});

close.addEventListener('click', closeDialog);

void loadSources();
