/**
 * 名簿を取り込み: a roster CSV becomes the 名簿 sheet. Replacing an existing
 * roster is asked for explicitly.
 */
import type { RosterImportResult } from '../../actions/api';
import { byId, fill, h } from '../shared/dom';
import { fileBase64, MAX_UPLOAD_BYTES } from '../shared/file';
import { notice, problemList, showNotice, whileBusy } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const fileInput = byId<HTMLInputElement>('file');
const importButton = byId<HTMLButtonElement>('import');
const result = byId('result');

async function send(file: File, replace: boolean): Promise<void> {
  fill(result, h('p', { class: 'loading' }, '取り込んでいます…'));
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
        h('p', { class: 'counts' }, `名簿の人数：${outcome.count}名`),
        problemList(outcome.problems, '確認してほしいこと'));
      break;
    case 'confirmReplace': {
      const replace = h('button', { type: 'button', class: 'danger primary' }, '置き換える');
      const cancel = h('button', { type: 'button' }, 'やめる');
      replace.addEventListener('click', () => void send(file, true));
      cancel.addEventListener('click', () => {
        showNotice(result, 'info', '取り込みをやめました。名簿は変わっていません。');
        importButton.focus();
      });
      fill(result, notice('warn', outcome.message, h('div', { class: 'buttons' }, replace, cancel)));
      cancel.focus();
      break;
    }
    case 'stopped':
      fill(result, notice('error', outcome.message), problemList(outcome.problems, '理由'));
      break;
    case 'busy':
      fill(result, notice('warn', outcome.message));
      break;
  }
}

fileInput.addEventListener('change', () => {
  importButton.disabled = !fileInput.files?.length;
  fill(result);
});

importButton.addEventListener('click', () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  if (file.size > MAX_UPLOAD_BYTES) {
    showNotice(result, 'error', `ファイルが大きすぎます（${Math.ceil(file.size / 1024 / 1024)}MB）。名簿のCSVファイルを選んでいるか確かめてください。`);
    return;
  }
  void send(file, false);
});

byId('close').addEventListener('click', closeDialog);
