/**
 * 集計データを書き出す: the round's figures as one file, saved by the browser
 * (a download link), for the next round's 前回の結果を取り込む.
 */
import type { SummaryExport } from '../../actions/api';
import { DIALOG_COMMON as COMMON, DIALOGS, SUMMARY_EXPORT_DIALOG as TEXT } from '../../messages';
import { byId, fill, h } from '../shared/dom';
import { downloadLink } from '../shared/download';
import { notice, showNotice } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

const result = h('div', { 'aria-live': 'polite' }, h('p', { class: 'loading' }, TEXT.preparing));
const close = h('button', { type: 'button' }, COMMON.close);

document.title = DIALOGS.summaryExport;
fill(byId('app'),
  h('p', { class: 'intro' }, TEXT.intro),
  result,
  h('p', { class: 'small muted' }, TEXT.privacy),
  h('div', { class: 'buttons end' }, close));

function show(file: SummaryExport): void {
  const link = downloadLink(file.fileName, file.json, TEXT.save);
  const done = h('div', { 'aria-live': 'polite' });
  link.addEventListener('click', () => showNotice(done, 'ok', TEXT.saved));
  fill(result,
    notice('info', h('p', null, TEXT.ready(file.title, file.respondents, file.questions)), h('p', { class: 'small' }, TEXT.fileName(file.fileName))),
    h('div', { class: 'buttons' }, link),
    done);
  link.focus();
}

call('summaryExport').then(show, (error: unknown) => showNotice(result, 'error', errorText(error)));

close.addEventListener('click', closeDialog);
