/**
 * One view per question of the form, drawn from the EntryModel: each reads
 * its answers out as EntryAnswers keyed by field id, and can show a saved
 * answer again for correction. Everything from the form goes in as text.
 */
import type { EntryModel, EntryPayload } from '../../actions/api';
import { PAPER_ENTRY_DIALOG as TEXT } from '../../messages';
import type { Child } from '../shared/dom';
import { append, fill, h } from '../shared/dom';

export type EntryQuestion = EntryModel['sections'][number]['questions'][number];
export type EntryAnswer = EntryPayload['answers'][string];
type Answers = Readonly<Record<string, EntryAnswer>>;

export interface QuestionView {
  readonly element: HTMLElement;
  readonly fieldIds: readonly string[];
  /** The answers given, blank fields left out. */
  read(): Array<[string, EntryAnswer]>;
  /** Shows these answers (fields not in `answers` become blank). */
  write(answers: Answers): void;
  clear(): void;
  focus(): void;
  showProblems(texts: readonly string[]): void;
}

let nextId = 0;
const uniqueId = (prefix: string) => `${prefix}${++nextId}`;

function requiredMark(required: boolean): Child {
  if (!required) return null;
  return [h('span', { class: 'required', 'aria-hidden': 'true' }, TEXT.requiredMark), h('span', { class: 'visually-hidden' }, TEXT.required)];
}

/** A fieldset whose legend is the question's title; the last child holds its problems. */
function frame(question: EntryQuestion, ...body: Child[]) {
  const problems = h('div', { class: 'field-problems', role: 'alert' });
  const element = h('fieldset', { class: 'question' },
    h('legend', null, question.title, requiredMark(question.required)), ...body, problems);
  const showProblems = (texts: readonly string[]) => {
    element.classList.toggle('has-problem', texts.length > 0);
    fill(problems, texts.map((text) => h('p', null, text)));
  };
  return { element, showProblems };
}

/**
 * Single-choice groups can be emptied again, as a blank on paper must be:
 * clicking the ticked option, the Delete key on it, or the クリア link.
 */
function clearable(group: HTMLElement, inputs: readonly HTMLInputElement[], onCleared: () => void): void {
  const wasChecked = new WeakMap<HTMLInputElement, boolean>();
  for (const input of inputs) {
    const label = input.closest('label') ?? input;
    label.addEventListener('mousedown', (event) => {
      // The Other text sits inside its option's label: clicking into it is not a click on the option.
      if (event.target instanceof HTMLInputElement && event.target.type === 'text') return;
      wasChecked.set(input, input.checked);
    });
    // Space on the option selects it, never clears it.
    input.addEventListener('keydown', () => wasChecked.delete(input));
    input.addEventListener('click', () => {
      if (wasChecked.get(input)) {
        input.checked = false;
        onCleared();
      }
      wasChecked.delete(input);
    });
  }
  group.addEventListener('keydown', (event) => {
    if ((event.key === 'Delete' || event.key === 'Backspace') && event.target instanceof HTMLInputElement && event.target.type === 'radio') {
      event.preventDefault();
      inputs.forEach((input) => { input.checked = false; });
      onCleared();
    }
  });
}

function clearLink(onClick: () => void): HTMLButtonElement {
  // Out of the tab order so that Tab goes from question to question; the keyboard has Delete.
  const button = h('button', { type: 'button', class: 'link clear', tabindex: -1, title: TEXT.clearHint }, TEXT.clear);
  button.addEventListener('click', onClick);
  return button;
}

function choiceView(question: Extract<EntryQuestion, { kind: 'choice' }>): QuestionView {
  const name = uniqueId('q');
  const type = question.multiple ? 'checkbox' : 'radio';
  const inputs = question.options.map((option, index) => {
    const input = h('input', { type, name, value: index });
    return { input, label: h('label', { class: 'option' }, input, h('span', null, option)) };
  });
  const other = question.hasOther ? (() => {
    const input = h('input', { type, name, value: 'other' });
    const text = h('input', { type: 'text', class: 'other-text', 'aria-label': TEXT.otherText(question.title) });
    // As on the form: writing the Other text ticks Other.
    text.addEventListener('input', () => {
      if (text.value.trim() !== '' && !input.checked) {
        input.checked = true;
        update();
      }
    });
    return { input, text, label: h('label', { class: 'option other' }, input, h('span', null, TEXT.other), text) };
  })() : null;
  const all = [...inputs.map((entry) => entry.input), ...(other ? [other.input] : [])];
  const options = h('div', { class: 'options' }, inputs.map((entry) => entry.label), other?.label);
  const clear = question.multiple ? null : clearLink(() => {
    all.forEach((input) => { input.checked = false; });
    update();
    all[0]?.focus();
  });
  const { element, showProblems } = frame(question, options, clear);
  function update() {
    if (clear) clear.hidden = !all.some((input) => input.checked);
  }
  options.addEventListener('change', update);
  if (!question.multiple) clearable(options, all, update);
  update();

  return {
    element, fieldIds: [question.fieldId], showProblems,
    read() {
      const selected = inputs.flatMap((entry, index) => (entry.input.checked ? [index] : []));
      const answer: EntryAnswer = other?.input.checked ? { selected, other: other.text.value } : { selected };
      return selected.length > 0 || other?.input.checked ? [[question.fieldId, answer]] : [];
    },
    write(answers) {
      const answer = answers[question.fieldId];
      const selected = answer && 'selected' in answer ? answer.selected : [];
      inputs.forEach((entry, index) => { entry.input.checked = selected.includes(index); });
      if (other) {
        const text = answer && 'selected' in answer ? answer.other ?? null : null;
        other.input.checked = text !== null;
        other.text.value = text ?? '';
      }
      update();
    },
    clear() {
      this.write({});
    },
    focus() {
      (all.find((input) => input.checked) ?? all[0])?.focus();
    },
  };
}

function scaleView(question: Extract<EntryQuestion, { kind: 'scale' }>): QuestionView {
  const name = uniqueId('q');
  const values: number[] = [];
  for (let value = question.low; value <= question.high; value++) values.push(value);
  const inputs = values.map((value) => h('input', { type: 'radio', name, value, 'aria-label': String(value) }));
  const row = h('div', { class: 'scale' },
    question.lowLabel === '' ? null : h('span', { class: 'scale-end' }, question.lowLabel),
    inputs.map((input, index) => h('label', { class: 'scale-point' }, h('span', null, values[index]), input)),
    question.highLabel === '' ? null : h('span', { class: 'scale-end' }, question.highLabel));
  const clear = clearLink(() => {
    inputs.forEach((input) => { input.checked = false; });
    update();
    inputs[0]?.focus();
  });
  const { element, showProblems } = frame(question, row, clear);
  function update() {
    clear.hidden = !inputs.some((input) => input.checked);
  }
  row.addEventListener('change', update);
  clearable(row, inputs, update);
  update();

  return {
    element, fieldIds: [question.fieldId], showProblems,
    read() {
      const index = inputs.findIndex((input) => input.checked);
      return index < 0 ? [] : [[question.fieldId, { value: values[index] }]];
    },
    write(answers) {
      const answer = answers[question.fieldId];
      const value = answer && 'value' in answer ? answer.value : null;
      inputs.forEach((input, index) => { input.checked = values[index] === value; });
      update();
    },
    clear() {
      this.write({});
    },
    focus() {
      (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
    },
  };
}

function gridView(question: Extract<EntryQuestion, { kind: 'grid' }>): QuestionView {
  const type = question.multiple ? 'checkbox' : 'radio';
  const rows = question.rows.map((row) => {
    const name = uniqueId('q');
    const inputs = question.columns.map((column) => h('input', { type, name, 'aria-label': TEXT.gridCell(row.label, column) }));
    const tr = h('tr', null, h('th', { scope: 'row' }, row.label), inputs.map((input) => h('td', null, h('label', null, input))));
    return { row, inputs, tr };
  });
  const table = h('div', { class: 'grid-scroll' }, h('table', { class: 'grid' },
    h('thead', null, h('tr', null, h('th', null), question.columns.map((column) => h('th', { scope: 'col' }, column)))),
    h('tbody', null, rows.map((entry) => entry.tr))));
  const everyInput = rows.flatMap((entry) => entry.inputs);
  const clear = question.multiple ? null : clearLink(() => {
    everyInput.forEach((input) => { input.checked = false; });
    update();
    everyInput[0]?.focus();
  });
  const { element, showProblems } = frame(question, table, clear);
  function update() {
    if (clear) clear.hidden = !everyInput.some((input) => input.checked);
  }
  table.addEventListener('change', update);
  if (!question.multiple) rows.forEach((entry) => clearable(entry.tr, entry.inputs, update));
  update();

  return {
    element, fieldIds: question.rows.map((row) => row.fieldId), showProblems,
    read() {
      return rows.flatMap(({ row, inputs }): Array<[string, EntryAnswer]> => {
        const selected = inputs.flatMap((input, index) => (input.checked ? [index] : []));
        return selected.length > 0 ? [[row.fieldId, { selected }]] : [];
      });
    },
    write(answers) {
      for (const { row, inputs } of rows) {
        const answer = answers[row.fieldId];
        const selected = answer && 'selected' in answer ? answer.selected : [];
        inputs.forEach((input, index) => { input.checked = selected.includes(index); });
      }
      update();
    },
    clear() {
      this.write({});
    },
    focus() {
      everyInput[0]?.focus();
    },
  };
}

function textView(question: Extract<EntryQuestion, { kind: 'text' }>): QuestionView {
  const id = uniqueId('t');
  const input = question.paragraph
    ? h('textarea', { id, rows: 3, class: 'answer-text' })
    : h('input', { id, type: 'text', class: 'answer-text' });
  const problems = h('div', { class: 'field-problems', role: 'alert' });
  const element = h('div', { class: 'question' },
    h('label', { class: 'question-title', for: id }, question.title, requiredMark(question.required)), input, problems);
  return {
    element, fieldIds: [question.fieldId],
    read() {
      return input.value.trim() === '' ? [] : [[question.fieldId, { text: input.value }]];
    },
    write(answers) {
      const answer = answers[question.fieldId];
      input.value = answer && 'text' in answer ? answer.text : '';
    },
    clear() {
      input.value = '';
    },
    focus() {
      input.focus();
    },
    showProblems(texts) {
      element.classList.toggle('has-problem', texts.length > 0);
      fill(problems, texts.map((text) => h('p', null, text)));
    },
  };
}

export function questionView(question: EntryQuestion): QuestionView {
  switch (question.kind) {
    case 'choice': return choiceView(question);
    case 'scale': return scaleView(question);
    case 'grid': return gridView(question);
    case 'text': return textView(question);
  }
}

/** The whole questionnaire: sections with their headings, then every question view in form order. */
export function questionnaire(model: EntryModel): { element: HTMLElement; views: QuestionView[] } {
  const views: QuestionView[] = [];
  const element = h('div', { class: 'questionnaire' });
  for (const section of model.sections) {
    const sectionViews = section.questions.map(questionView);
    views.push(...sectionViews);
    append(element, h('section', { class: 'form-section' },
      section.title === '' ? null : h('h2', null, section.title),
      section.description === '' ? null : h('p', { class: 'section-description muted small' }, section.description),
      sectionViews.map((view) => view.element)));
  }
  return { element, views };
}
