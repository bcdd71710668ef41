/**
 * 郵送回答を入力: a clerk types one paper questionnaire after another.
 * 整理番号 first (checked against the roster as soon as it is typed), then
 * 受付日 and the questions; Enter saves and the form is ready for the next.
 */
import type { EntryPayload, PaperEntryStart, PaperLookup, PaperSaveResult } from '../../actions/api';
import { DIALOG_COMMON, DIALOGS, PAPER, PAPER_ENTRY_DIALOG as TEXT } from '../../messages';
import type { Child } from '../shared/dom';
import { byId, fill, h, isPlainEnter } from '../shared/dom';
import { notice, showNotice } from '../shared/notice';
import { call, errorText } from '../shared/server';
import type { QuestionView } from './questions';
import { questionnaire } from './questions';

type Mode = 'new' | 'correct';
type Problem = Extract<PaperSaveResult, { kind: 'invalid' }>['problems'][number];

document.title = DIALOGS.paperEntry;
const app = byId('app');

function start(data: PaperEntryStart): void {
  const { element: questionsElement, views } = questionnaire(data.model);
  const viewOf = new Map<string, QuestionView>();
  views.forEach((view) => view.fieldIds.forEach((fieldId) => viewOf.set(fieldId, view)));

  let mode: Mode = 'new';
  let inFlight = false;
  let lookedUp = '';
  let lookupSeq = 0;
  let lastLookup: PaperLookup | null = null;

  const count = h('span', { class: 'count', role: 'status' });
  const setCount = (entered: number) => fill(count, TEXT.enteredToday(entered));
  setCount(data.enteredToday);

  const topNotice = h('div', { class: 'top-notice' });
  const banner = h('div', { class: 'banner', hidden: true });
  const rosterId = h('input', {
    id: 'roster-id', type: 'text', class: 'roster-id', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'lookup',
  });
  const lookup = h('div', { id: 'lookup', class: 'lookup', 'aria-live': 'polite' });
  const receivedOn = h('input', { id: 'received-on', type: 'date', value: data.today, required: true });
  const topProblems = h('div', { class: 'field-problems', role: 'alert' });

  const status = h('div', { class: 'footer-status', 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'button', class: 'primary save' }, TEXT.save);
  const deleteButton = h('button', { type: 'button', class: 'danger', hidden: true }, TEXT.delete);
  const footer = h('div', { class: 'footer' }, status, h('div', { class: 'buttons' }, saveButton, deleteButton));

  fill(app,
    h('header', { class: 'entry-header' }, count),
    topNotice,
    banner,
    h('div', { class: 'identity' },
      h('div', { class: 'identity-row' },
        h('label', { for: 'roster-id' }, PAPER.rosterId), rosterId),
      lookup,
      h('div', { class: 'identity-row' },
        h('label', { for: 'received-on' }, PAPER.receivedOn), receivedOn),
      topProblems),
    h('p', { class: 'hint muted small' },
      h('span', { class: 'required', 'aria-hidden': 'true' }, TEXT.requiredMark),
      TEXT.hint),
    questionsElement,
    footer);

  // ── 整理番号: who is this? ──

  function showLookup(result: PaperLookup): void {
    lastLookup = result;
    const parts: Child[] = [];
    if (result.name !== null) parts.push(h('p', { class: 'person' }, TEXT.person(result.name)));
    else if (result.sharedBy.length > 0) parts.push(notice('warn', TEXT.sharedOnRoster(result.rosterId, result.sharedBy)));
    else if (data.rosterAvailable && !result.known) {
      parts.push(notice('warn', TEXT.notInRoster(result.rosterId)));
    }
    if (result.answered) {
      parts.push(notice('warn', h('strong', null, TEXT.alreadyAnswered(result.answered.on, result.answered.channel)),
        result.answered.channel === 'web' ? TEXT.answeredOnWeb : null));
    }
    if (result.saved && mode === 'new') {
      const open = h('button', { type: 'button' }, TEXT.openSaved);
      open.addEventListener('click', () => void loadForCorrection(result.rosterId));
      parts.push(h('div', { class: 'buttons' }, open));
    }
    fill(lookup, parts);
  }

  async function lookUp(): Promise<void> {
    const id = rosterId.value.trim();
    if (mode === 'correct' || id === lookedUp) return;
    lookedUp = id;
    const seq = ++lookupSeq;
    if (id === '') {
      fill(lookup);
      return;
    }
    fill(lookup, h('p', { class: 'loading small' }, TEXT.checkingRoster));
    try {
      const result = await call('paperLookup', id);
      if (seq === lookupSeq) showLookup(result);
    } catch (error) {
      if (seq === lookupSeq) {
        lookedUp = '';
        fill(lookup, notice('error', errorText(error)));
      }
    }
  }

  rosterId.addEventListener('change', () => void lookUp());
  rosterId.addEventListener('keydown', (event) => {
    if (!isPlainEnter(event)) return;
    event.preventDefault();
    void lookUp();
    views[0]?.focus();
  });

  // ── Reading and showing the whole form ──

  function payload(): EntryPayload {
    return { rosterId: rosterId.value.trim(), receivedOn: receivedOn.value, answers: Object.fromEntries(views.flatMap((view) => view.read())) };
  }

  function clearProblems(): void {
    views.forEach((view) => view.showProblems([]));
    fill(topProblems);
  }

  function setMode(next: Mode, name: string | null = null): void {
    mode = next;
    const correcting = next === 'correct';
    rosterId.readOnly = correcting;
    saveButton.textContent = correcting ? TEXT.saveCorrection : TEXT.save;
    deleteButton.hidden = !correcting;
    banner.hidden = !correcting;
    if (correcting) {
      const stop = h('button', { type: 'button' }, TEXT.stopCorrecting);
      stop.addEventListener('click', () => {
        resetForm();
        rosterId.focus();
      });
      fill(banner, notice('info',
        h('strong', null, TEXT.correcting),
        TEXT.correctingWhat(rosterId.value, name),
        h('div', { class: 'buttons' }, stop)));
    } else fill(banner);
  }

  /** Ready for the next questionnaire. 受付日 stays: a batch of mail usually arrived on one day. */
  function resetForm(): void {
    views.forEach((view) => view.clear());
    clearProblems();
    rosterId.value = '';
    lookedUp = '';
    lookupSeq++;
    lastLookup = null;
    fill(lookup);
    fill(status);
    setMode('new');
  }

  async function loadForCorrection(id: string): Promise<void> {
    if (inFlight) return;
    const name = lastLookup?.rosterId === id ? lastLookup.name : null;
    fill(status, h('p', { class: 'loading' }, TEXT.loadingSaved));
    const result = await guarded(() => call('paperLoad', id));
    if (!result) return;
    fill(status);
    if (result.kind === 'notFound') {
      fill(lookup, notice('warn', result.message));
      return;
    }
    resetForm();
    rosterId.value = result.payload.rosterId;
    lookedUp = result.payload.rosterId;
    if (result.payload.receivedOn !== '') receivedOn.value = result.payload.receivedOn;
    views.forEach((view) => view.write(result.payload.answers));
    setMode('correct', name);
    fill(topNotice);
    window.scrollTo(0, 0);
    views[0]?.focus();
  }

  /** Runs one call with the buttons disabled; a failure is shown in the footer and gives null. */
  async function guarded<T>(work: () => Promise<T>): Promise<T | null> {
    inFlight = true;
    saveButton.disabled = true;
    deleteButton.disabled = true;
    try {
      return await work();
    } catch (error) {
      fill(status, notice('error', errorText(error)));
      return null;
    } finally {
      inFlight = false;
      saveButton.disabled = false;
      deleteButton.disabled = false;
    }
  }

  // ── Saving ──

  function showProblems(problems: readonly Problem[]): void {
    const byView = new Map<QuestionView, string[]>();
    const general: string[] = [];
    for (const problem of problems) {
      const view = problem.fieldId === null ? undefined : viewOf.get(problem.fieldId);
      if (view) byView.set(view, [...(byView.get(view) ?? []), problem.text]);
      else general.push(problem.text);
    }
    byView.forEach((texts, view) => view.showProblems(texts));
    fill(topProblems, general.map((text) => h('p', null, text)));
    const first = general.length > 0 ? null : views.find((view) => byView.has(view));
    if (first) {
      first.element.scrollIntoView({ block: 'center' });
      first.focus();
    } else {
      window.scrollTo(0, 0);
      rosterId.focus();
    }
  }

  async function save(confirmDuplicate: boolean): Promise<void> {
    if (inFlight) return;
    clearProblems();
    fill(status, h('p', { class: 'loading' }, TEXT.saving));
    const result = await guarded(() => call('paperSave', { payload: payload(), mode, confirmDuplicate }));
    if (!result) return;
    switch (result.kind) {
      case 'saved':
        resetForm();
        setCount(result.enteredToday);
        showNotice(topNotice, 'ok', result.message);
        window.scrollTo(0, 0);
        rosterId.focus();
        break;
      case 'confirmDuplicate': {
        const anyway = h('button', { type: 'button', class: 'primary' }, TEXT.saveAnyway);
        const cancel = h('button', { type: 'button' }, DIALOG_COMMON.cancel);
        anyway.addEventListener('click', () => void save(true));
        cancel.addEventListener('click', () => {
          fill(status);
          saveButton.focus();
        });
        fill(status, notice('warn', result.message, h('div', { class: 'buttons' }, anyway, cancel)));
        // The safe choice has the focus: a reflexive Enter does not save a duplicate.
        cancel.focus();
        break;
      }
      case 'invalid':
        fill(status, notice('error', result.message));
        showProblems(result.problems);
        break;
      case 'busy':
        fill(status, notice('warn', result.message));
        break;
    }
  }

  saveButton.addEventListener('click', () => void save(false));

  // Enter in a one-line field saves; in a multi-line field it is a line break, and Ctrl+Enter saves.
  app.addEventListener('keydown', (event) => {
    const target = event.target;
    if (target === rosterId || event.key !== 'Enter' || event.isComposing || event.keyCode === 229) return;
    const oneLine = target instanceof HTMLInputElement && (target.type === 'text' || target.type === 'date');
    const multiLine = target instanceof HTMLTextAreaElement && (event.ctrlKey || event.metaKey);
    if ((oneLine && isPlainEnter(event)) || multiLine) {
      event.preventDefault();
      void save(false);
    }
  });

  // ── Deleting a saved answer (correction mode only) ──

  deleteButton.addEventListener('click', () => {
    if (inFlight) return;
    const id = rosterId.value;
    const yes = h('button', { type: 'button', class: 'danger primary' }, TEXT.deleteAnyway);
    const no = h('button', { type: 'button' }, DIALOG_COMMON.cancel);
    no.addEventListener('click', () => {
      fill(status);
      deleteButton.focus();
    });
    yes.addEventListener('click', async () => {
      fill(status, h('p', { class: 'loading' }, TEXT.deleting));
      const result = await guarded(() => call('paperDelete', id));
      if (!result) return;
      if (result.kind === 'deleted') {
        resetForm();
        setCount(result.enteredToday);
        showNotice(topNotice, 'ok', result.message);
        window.scrollTo(0, 0);
        rosterId.focus();
      } else fill(status, notice('warn', result.message));
    });
    fill(status, notice('warn', TEXT.confirmDelete(id), h('div', { class: 'buttons' }, yes, no)));
    no.focus();
  });

  // Built after load, so the autofocus attribute would come too late: 整理番号 is focused here.
  rosterId.focus();
}

async function main(): Promise<void> {
  fill(app, h('p', { class: 'loading' }, DIALOG_COMMON.loading));
  try {
    start(await call('paperEntryStart'));
  } catch (error) {
    fill(app, notice('error', errorText(error)));
  }
}

void main();
