/**
 * 郵送回答を一括取り込み: a CSV file or a sheet of typed paper answers goes
 * into the 郵送回答 sheet; rows with problems are held on 要確認.
 */
import type { ImportResult } from '../../actions/api';
import { byId, fill, h } from '../shared/dom';
import { fileBase64, MAX_UPLOAD_BYTES } from '../shared/file';
import { notice, problemList, showNotice, whileBusy } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const fileInput = byId<HTMLInputElement>('file');
const importFile = byId<HTMLButtonElement>('import-file');
const sheetSelect = byId<HTMLSelectElement>('sheet');
const importSheet = byId<HTMLButtonElement>('import-sheet');
const result = byId('result');
const controls = [fileInput, importFile, sheetSelect, importSheet];

function showResult(outcome: ImportResult): void {
  switch (outcome.kind) {
    case 'imported':
      fill(result,
        notice(outcome.held > 0 ? 'warn' : 'ok', outcome.message),
        h('p', { class: 'counts' }, h('span', null, `取り込み：${outcome.imported}件`), h('span', null, `要確認：${outcome.held}件`)),
        problemList(outcome.problems, '要確認の理由'));
      break;
    case 'stopped':
      fill(result, notice('error', outcome.message), problemList(outcome.problems, '理由'));
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
    fill(sheetSelect, h('option', { value: '' }, sheets.length === 0 ? '取り込めるシートがありません' : 'シートを選んでください'),
      sheets.map((name) => h('option', { value: name }, name)));
    if (sheets.includes(chosen)) sheetSelect.value = chosen;
    sheetSelect.disabled = sheets.length === 0;
    importSheet.disabled = sheetSelect.value === '';
  } catch (error) {
    fill(sheetSelect, h('option', { value: '' }, 'シートの一覧を読めませんでした'));
    showNotice(result, 'error', errorText(error));
  }
}

async function run(work: () => Promise<ImportResult>): Promise<void> {
  fill(result, h('p', { class: 'loading' }, '取り込んでいます…'));
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

fileInput.addEventListener('change', () => {
  importFile.disabled = !fileInput.files?.length;
  fill(result);
});

importFile.addEventListener('click', () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  if (file.size > MAX_UPLOAD_BYTES) {
    showNotice(result, 'error', `ファイルが大きすぎます（${Math.ceil(file.size / 1024 / 1024)}MB）。回答のCSVファイルを選んでいるか確かめてください。`);
    return;
  }
  void run(async () => call('paperImportFile', await fileBase64(file), file.name));
});

importSheet.addEventListener('click', () => {
  const name = sheetSelect.value;
  if (name !== '') void run(() => call('paperImportSheet', name));
});

byId('close').addEventListener('click', closeDialog);

void loadSources();
