/**
 * リマインドメール: who gets the reminder today and exactly what it says,
 * then sending after an explicit confirmation, and the daily automatic
 * sending switched on or off.
 */
import type { ReminderDialog, ReminderPreview } from '../../actions/api';
import { DIALOG_COMMON as COMMON, DIALOGS, REMINDER_DIALOG as TEXT, REMINDER_SHEETS, SEND_LOG } from '../../messages';
import type { Child } from '../shared/dom';
import { byId, fill, h } from '../shared/dom';
import { notice } from '../shared/notice';
import { call, closeDialog, errorText } from '../shared/server';

type Person = ReminderPreview['recipients'][number];
type Mail = NonNullable<ReminderPreview['first']>;

document.title = DIALOGS.reminders;
const app = byId('app');

function closeButton(): HTMLElement {
  const close = h('button', { type: 'button' }, COMMON.close);
  close.addEventListener('click', closeDialog);
  return h('div', { class: 'buttons end' }, close);
}

function stat(label: string, value: string, main = false): HTMLElement {
  return h('div', { class: main ? 'stat main' : 'stat' }, h('span', { class: 'stat-label' }, label), h('span', { class: 'stat-value' }, value));
}

function peopleTable(people: readonly Person[], detail: string): HTMLElement {
  return h('div', { class: 'scroll' }, h('table', { class: 'list' },
    h('thead', null, h('tr', null, h('th', { scope: 'col' }, SEND_LOG.id), h('th', { scope: 'col' }, SEND_LOG.name), h('th', { scope: 'col' }, detail))),
    h('tbody', null, people.map((person) => h('tr', null, h('td', null, person.id), h('td', null, person.name), h('td', null, person.detail))))));
}

function mailPreview(mail: Mail): HTMLElement {
  const head: Child[] = [h('dt', null, TEXT.mail.to), h('dd', null, mail.to)];
  if (mail.name !== '') head.push(h('dt', null, TEXT.mail.senderName), h('dd', null, mail.name));
  if (mail.replyTo !== null) head.push(h('dt', null, TEXT.mail.replyTo), h('dd', null, mail.replyTo));
  head.push(h('dt', null, TEXT.mail.subject), h('dd', { class: 'mail-subject' }, mail.subject));
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
  const sendButton = h('button', { type: 'button', class: 'primary send', disabled: !preview.canSend }, TEXT.sendTo(preview.count));
  if (preview.count === 0) fill(sendArea, h('p', { class: 'nobody' }, TEXT.nobody));
  else {
    fill(sendArea, h('div', { class: 'buttons' }, sendButton),
      preview.count > dialog.quota
        ? h('p', { class: 'small muted' }, TEXT.overQuota(dialog.quota))
        : null);
  }

  sendButton.addEventListener('click', () => {
    const yes = h('button', { type: 'button', class: 'primary' }, TEXT.send);
    const no = h('button', { type: 'button' }, COMMON.cancel);
    no.addEventListener('click', () => render(dialog));
    yes.addEventListener('click', () => void send(preview, sendArea));
    fill(sendArea, notice('warn', h('strong', null, TEXT.confirm),
      h('p', null, TEXT.confirmWhat(preview.count)),
      h('div', { class: 'buttons' }, yes, no)));
    no.focus();
  });

  fill(app,
    outcome,
    notice('info', preview.schedule),
    h('div', { class: 'stats' },
      stat(TEXT.stats.due, TEXT.people(preview.count), true),
      stat(TEXT.stats.alreadySent, TEXT.people(preview.alreadySent)),
      stat(TEXT.stats.answered, TEXT.people(preview.answered)),
      stat(REMINDER_SHEETS.roster, TEXT.people(preview.total)),
      stat(TEXT.stats.quota, TEXT.mails(dialog.quota))),
    listNotice('error', TEXT.blocking, preview.blocking),
    listNotice('warn', TEXT.warnings, preview.warnings),
    sendArea,
    preview.count === 0 ? null : [
      h('h2', null, TEXT.recipients(preview.count)),
      peopleTable(preview.recipients, SEND_LOG.address),
    ],
    preview.first === null ? null : [
      h('h2', null, TEXT.firstMail),
      mailPreview(preview.first),
    ],
    preview.postal.length === 0 ? null : [
      h('h2', null, TEXT.postal(preview.postal.length)),
      h('p', { class: 'small muted' }, TEXT.postalNote),
      peopleTable(preview.postal, TEXT.postalDetail),
    ],
    preview.needsCheck.length === 0 ? null : [
      h('h2', null, TEXT.needsCheck(preview.needsCheck.length)),
      h('p', { class: 'small muted' }, TEXT.needsCheckNote),
      peopleTable(preview.needsCheck, COMMON.reason),
    ],
    preview.unmatched.length === 0 ? null : [
      h('h2', null, TEXT.unmatched(preview.unmatched.length)),
      h('ul', { class: 'scroll small' }, preview.unmatched.map((line) => h('li', null, line))),
    ],
    automaticSection(dialog, automaticNote),
    closeButton());
}

async function send(preview: ReminderPreview, sendArea: HTMLElement): Promise<void> {
  fill(sendArea, h('p', { class: 'loading' }, TEXT.sending));
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
  const { on, by, mine, abandoned } = dialog.automatic;
  // A trigger belongs to the person who made it: only they can switch it off; one that stopped running can be taken over.
  const othersTrigger = on && !mine;
  const toggle = h('button', { type: 'button', id: 'automatic-toggle', disabled: othersTrigger && !abandoned },
    abandoned ? TEXT.automatic.takeOver : TEXT.automatic.toggle(on));
  const message = h('div', { 'aria-live': 'polite' }, note);
  toggle.addEventListener('click', async () => {
    toggle.disabled = true;
    try {
      const result = await call('reminderAutomatic', abandoned || !on);
      render({ ...dialog, automatic: result.automatic }, null, notice(result.automatic.mine === (abandoned || !on) ? 'ok' : 'warn', result.message));
      byId('automatic-toggle').focus();
    } catch (error) {
      toggle.disabled = false;
      fill(message, notice('error', errorText(error)));
    }
  });
  return h('section', null,
    h('h2', null, TEXT.automatic.heading),
    h('div', { class: 'automatic' },
      h('span', { class: on ? 'automatic-state on' : 'automatic-state' }, TEXT.automatic.state(on)),
      toggle),
    by === null ? null : h('p', { class: 'small', id: 'automatic-by' }, TEXT.automatic.by(by)),
    h('p', { class: 'small muted' }, abandoned ? TEXT.automatic.abandoned : othersTrigger ? TEXT.automatic.othersTrigger : TEXT.automatic.note),
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

fill(app, h('p', { class: 'loading' }, TEXT.checking));
void load();
