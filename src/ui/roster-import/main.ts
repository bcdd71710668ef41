/**
 * 名簿を取り込み: a roster CSV becomes the 名簿 sheet. Replacing an existing
 * roster is asked for explicitly.
 */
import type { RosterImportResult } from '../../actions/api';
import { DIALOG_COMMON as COMMON, DIALOGS, ROSTER_IMPORT_DIALOG as TEXT } from '../../messages';
import { byId, fill, h } from '../shared/dom';
import { fileBase64, onFileImport } from '../shared/file';
import { notice, problemList, showNotice, whileBusy } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const fileInput = h('input', { type: 'file', accept: '.csv,text/csv', 'aria-labelledby': 'file-heading' });
const importButton = h('button', { type: 'button', class: 'primary', disabled: true }, COMMON.import);
const result = h('div', { 'aria-live': 'polite' });
const close = h('button', { type: 'button' }, COMMON.close);

document.title = DIALOGS.rosterImport;
fill(byId('app'),
  h('p', { class: 'intro' }, TEXT.intro),
  h('section', null,
    h('h2', { id: 'file-heading' }, TEXT.chooseFile),
    h('div', { class: 'source-row' }, fileInput, importButton)),
  result,
  h('section', { class: 'format' },
    h('h2', null, COMMON.formatHeading),
    h('ul', { class: 'small' }, TEXT.format.map((line) => h('li', null, line)))),
  h('div', { class: 'buttons end' }, close));

async function send(file: File, replace: boolean): Promise<void> {
  fill(result, h('p', { class: 'loading' }, COMMON.importing));
  await whileBusy([fileInput, importButton], async () => {
    try {
      show(await call('rosterImportFile', await fileBase64(file), file.name, replace), file);
    } catch (error) {
      showNotice(result, 'error', errorText(error));
    }
  });
}

function show(outcome: RosterImportResult, file: File): void {
  switch (outcome.kind) {
    case 'imported':
      fill(result,
        notice(outcome.problems.length > 0 ? 'warn' : 'ok', outcome.message),
        h('p', { class: 'counts' }, TEXT.count(outcome.count)),
        problemList(outcome.problems, TEXT.toCheck));
      break;
    case 'confirmReplace': {
      const replace = h('button', { type: 'button', class: 'danger primary' }, TEXT.replace);
      const cancel = h('button', { type: 'button' }, COMMON.cancel);
      replace.addEventListener('click', () => void send(file, true));
      cancel.addEventListener('click', () => {
        showNotice(result, 'info', TEXT.cancelled);
        importButton.focus();
      });
      fill(result, notice('warn', outcome.message, h('div', { class: 'buttons' }, replace, cancel)));
      cancel.focus();
      break;
    }
    case 'stopped':
      fill(result, notice('error', outcome.message), problemList(outcome.problems, COMMON.reason));
      break;
    case 'busy':
      fill(result, notice('warn', outcome.message));
      break;
  }
}

onFileImport(fileInput, importButton, result, TEXT.tooLarge, (file) => void send(file, false));

close.addEventListener('click', closeDialog);
