/**
 * リマインドメール: who gets the reminder today and exactly what it says,
 * then sending after an explicit confirmation, and the daily automatic
 * sending switched on or off.
 */
import type { ReminderDialog, ReminderPreview } from '../../actions/api';
import type { Child } from '../shared/dom';
import { byId, fill, h } from '../shared/dom';
import { notice } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

type Person = ReminderPreview['recipients'][number];
type Mail = NonNullable<ReminderPreview['first']>;

const app = byId('app');

function closeButton(): HTMLElement {
  const close = h('button', { type: 'button' }, '閉じる');
  close.addEventListener('click', closeDialog);
  return h('div', { class: 'buttons end' }, close);
}

function stat(label: string, value: string, main = false): HTMLElement {
  return h('div', { class: main ? 'stat main' : 'stat' }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
}

function peopleTable(people: readonly Person[], detail: string): HTMLElement {
  return h('div', { class: 'scroll' }, h('table', { class: 'list' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, '整理番号'), h('th', { scope: 'col' }, '氏名'), h('th', { scope: 'col' }, detail))),
    h('tbody', null, people.map((person) => h('tr', null, h('td', null, person.id), h('td', null, person.name), h('td', null, person.detail))))));
}

function mailPreview(mail: Mail): HTMLElement {
  const head: Child[] = [h('dt', null, '宛先'), h('dd', null, mail.to)];
  if (mail.name !== '') head.push(h('dt', null, '差出人名'), h('dd', null, mail.name));
  if (mail.replyTo !== null) head.push(h('dt', null, '返信先'), h('dd', null, mail.replyTo));
  head.push(h('dt', null, '件名'), h('dd', { class: 'mail-subject' }, mail.subject));
  return h('div', { class: 'mail' }, h('dl', { class: 'mail-head' }, head), h('pre', { class: 'mail-body', tabindex: 0 }, mail.body));
}

function listNotice(tone: 'warn' | 'error', title: string, items: readonly string[]): Child {
  if (items.length === 0) return null;
  return notice(tone, h('strong', null, title), h('ul', null, items.map((item) => h('li', null, item))));
}

/** `outcome`: the result of sending, kept above the refreshed preview; `automaticNote`: of the last switch, beside it. */
function render(dialog: ReminderDialog, outcome: Child = null, automaticNote: Child = null): void {
  if (dialog.kind === 'stopped') {
    // The automatic sending stays reachable: it may be on, and should be switched off until this is fixed.
    fill(app, outcome, dialog.messages.map((message) => notice('error', message)), automaticSection(dialog, automaticNote), closeButton());
    return;
  }
  const { preview } = dialog;
  const sendArea = h('div', { class: 'send-bar' });
  const sendButton = h('button', { type: 'button', class: 'primary send', disabled: !preview.canSend }, `${preview.count}名に送信する`);
  if (preview.count === 0) fill(sendArea, h('p', { class: 'nobody' }, 'いま送信する方はいません。'));
  else {
    fill(sendArea, h('div', { class: 'buttons' }, sendButton),
      preview.count > dialog.quota
        ? h('p', { class: 'small muted' }, `今日送れるのはあと${dialog.quota}通です。残りの方には次の実行で送ります。`)
        : null);
  }

  sendButton.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'primary' }, '送信する');
    const no = h('button', { type: 'button' }, 'やめる');
    no.addEventListener('click', () => render(dialog));
    yes.addEventListener('click', () => void send(preview, sendArea));
    fill(sendArea, notice('warn', h('strong', null, '本当に送信しますか？'),
      h('p', null, `${preview.count}名にリマインドメールを送信します。送信したメールは取り消せません。`),
      h('div', { class: 'buttons' }, yes, no)));
    no.focus();
  });

  fill(app,
    outcome,
    notice('info', preview.schedule),
    h('div', { class: 'stats' },
      stat('送信予定', `${preview.count}名`, true),
      stat('この回の送信済み', `${preview.alreadySent}名`),
      stat('回答済み', `${preview.answered}名`),
      stat('名簿', `${preview.total}名`),
      stat('今日の送信可能数', `${dialog.quota}通`)),
    listNotice('error', '次の問題を直すまで送信できません', preview.blocking),
    listNotice('warn', '確認してください', preview.warnings),
    sendArea,
    preview.count === 0 ? null : [
      h('h2', null, `送信先（${preview.count}名）`),
      peopleTable(preview.recipients, 'メールアドレス'),
    ],
    preview.first === null ? null : [
      h('h2', null, '1通目のメール（このとおりに送ります）'),
      mailPreview(preview.first),
    ],
    preview.postal.length === 0 ? null : [
      h('h2', null, `郵送リマインドの対象（${preview.postal.length}名）`),
      h('p', { class: 'small muted' }, 'メールを送れない方です。送信すると「郵送リマインド」シートに一覧を作ります。'),
      peopleTable(preview.postal, '郵送先／理由'),
    ],
    preview.needsCheck.length === 0 ? null : [
      h('h2', null, `要確認（${preview.needsCheck.length}名）`),
      h('p', { class: 'small muted' }, '回答したかどうか判別できないため、送信しません。名簿シートを確認してください。'),
      peopleTable(preview.needsCheck, '理由'),
    ],
    preview.unmatched.length === 0 ? null : [
      h('h2', null, `名簿と一致しない回答（${preview.unmatched.length}件）`),
      h('ul', { class: 'scroll small' }, preview.unmatched.map((line) => h('li', null, line))),
    ],
    automaticSection(dialog, automaticNote),
    closeButton());
}

async function send(preview: ReminderPreview, sendArea: HTMLElement): Promise<void> {
  fill(sendArea, h('p', { class: 'loading' }, '送信しています…（人数が多いと1分ほどかかります）'));
  let outcome: Child;
  try {
    const result = await call('reminderSend', { round: preview.round, recipients: preview.recipients.map((person) => person.id) });
    outcome = notice(result.kind === 'sent' && result.failed === 0 ? 'ok' : 'warn', result.message);
  } catch (error) {
    outcome = notice('error', errorText(error));
  }
  await load(outcome);
}

function automaticSection(dialog: ReminderDialog, note: Child): HTMLElement {
  const on = dialog.automatic;
  const toggle = h('button', { type: 'button', id: 'automatic-toggle' }, on ? '自動送信をオフにする' : '自動送信をオンにする');
  const message = h('div', { 'aria-live': 'polite' }, note);
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    try {
      const result = await call('reminderAutomatic', !on);
      render({ ...dialog, automatic: result.automatic }, null, notice('ok', result.message));
      byId('automatic-toggle').focus();
    } catch (error) {
      toggle.disabled = false;
      fill(message, notice('error', errorText(error)));
    }
  });
  return h('section', null,
    h('h2', null, '自動送信'),
    h('div', { class: 'automatic' },
      h('span', { class: on ? 'automatic-state on' : 'automatic-state' }, `毎日の自動送信：${on ? 'オン' : 'オフ'}`),
      toggle),
    h('p', { class: 'small muted' }, 'オンのあいだは、送信日になると未回答の方へ毎日自動でリマインドを送ります。'),
    message);
}

async function load(outcome: Child = null): Promise<void> {
  try {
    render(await call('reminderDialog'), outcome);
    if (outcome !== null) window.scrollTo(0, 0);
  } catch (error) {
    fill(app, outcome, notice('error', errorText(error)), closeButton());
  }
}

void load();
