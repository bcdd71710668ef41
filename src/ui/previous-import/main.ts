/**
 * 前回の結果を取り込む: the previous round's 集計データ file into the
 * workbook, for 集計を作成 to write 前回との比較. What is stored now is shown
 * first; a file of another kind or another survey changes nothing.
 */
import type { PreviousImportResult, PreviousStatus } from '../../actions/api';
import { DIALOG_COMMON as COMMON, DIALOGS, PREVIOUS_IMPORT_DIALOG as TEXT } from '../../messages';
import { byId, fill, h } from '../shared/dom';
import { onFileImport } from '../shared/file';
import { notice, problemList, showNotice, whileBusy } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const status = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading' }, TEXT.checking));
const fileInput = h('input', { type: 'file', accept: '.json,application/json', 'aria-labelledby': 'file-heading' });
const importButton = h('button', { type: 'button', class: 'primary', disabled: true }, COMMON.import);
const result = h('div', { 'aria-live': 'polite' });
const close = h('button', { type: 'button' }, COMMON.close);

document.title = DIALOGS.previousImport;
fill(byId('app'),
  h('p', { class: 'intro' }, TEXT.intro),
  status,
  h('section', null,
    h('h2', { id: 'file-heading' }, TEXT.chooseFile),
    h('div', { class: 'source-row' }, fileInput, importButton)),
  result,
  h('section', { class: 'format' },
    h('h2', null, TEXT.formatHeading),
    h('ul', { class: 'small' }, TEXT.format.map((line) => h('li', null, line)))),
  h('div', { class: 'buttons end' }, close));

function showStatus(stored: PreviousStatus): void {
  switch (stored.kind) {
    case 'none':
      fill(status, h('p', { class: 'muted' }, TEXT.none));
      break;
    case 'stored':
      fill(status, notice('info', h('p', null, TEXT.stored(stored.title, stored.period, stored.respondents)), h('p', { class: 'small' }, TEXT.storedFile(stored.fileName))));
      break;
    case 'broken':
      fill(status, notice('warn', stored.message));
      break;
  }
}

async function refreshStatus(): Promise<void> {
  try {
    showStatus(await call('previousStatus'));
  } catch (error) {
    showNotice(status, 'error', errorText(error));
  }
}

function show(outcome: PreviousImportResult): void {
  switch (outcome.kind) {
    case 'imported':
      fill(result,
        notice(outcome.problems.length > 0 ? 'warn' : 'ok', outcome.message),
        h('p', { class: 'counts' }, TEXT.matched(outcome.matched)),
        problemList(outcome.problems, TEXT.toCheck),
        problemList(outcome.onlyCurrent, TEXT.onlyCurrent),
        problemList(outcome.onlyPrevious, TEXT.onlyPrevious));
      break;
    case 'stopped':
      fill(result, notice('error', outcome.message), problemList(outcome.problems, COMMON.reason));
      break;
    case 'busy':
      fill(result, notice('warn', outcome.message));
      break;
  }
}

async function send(file: File): Promise<void> {
  fill(result, h('p', { class: 'loading' }, COMMON.importing));
  await whileBusy([fileInput, importButton], async () => {
    try {
      const outcome = await call('previousImportFile', await file.text(), file.name);
      show(outcome);
      if (outcome.kind === 'imported') await refreshStatus();
    } catch (error) {
      showNotice(result, 'error', errorText(error));
    }
  });
}

onFileImport(fileInput, importButton, result, TEXT.tooLarge, (file) => void send(file));
void refreshStatus();

close.addEventListener('click', closeDialog);
