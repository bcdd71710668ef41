/**
 * The entry sidebar's side of the server: the form as the sidebar draws it,
 * the check of what it sends back (the client is never trusted: it may be an
 * old sidebar for a form that has changed since), and a stored answer turned
 * back into what the sidebar shows, so that it can be corrected.
 */
import type { CellProblem, CellValue, FieldAnswer } from '../model/cells';
import type { Day } from '../model/dates';
import { dayOf, parseDay } from '../model/dates';
import { CELL_TEXT_LIMIT, formatAnswer, OTHER_LABEL } from '../model/cells';
import type { ChoiceType, Field, Survey } from '../model/survey';
import { fieldsOf } from '../model/survey';
import { PAPER } from '../messages';
import type { PaperAnswer, RosterCheck, RosterProblem } from './answer';
import { normalizedRosterCheck, normalizeRosterId, rosterProblem } from './answer';
import { readPaperRespondents } from './layout';

// ── The model the sidebar draws (JSON-safe: google.script.run passes nothing else) ──

interface EntryQuestionBase {
  readonly title: string;
  readonly required: boolean;
}

export type EntryQuestion =
  | EntryQuestionBase & {
    readonly kind: 'choice'; readonly fieldId: string; readonly type: ChoiceType; readonly multiple: boolean;
    readonly options: readonly string[]; readonly hasOther: boolean;
  }
  | EntryQuestionBase & {
    readonly kind: 'scale'; readonly fieldId: string; readonly low: number; readonly high: number;
    readonly lowLabel: string; readonly highLabel: string;
  }
  | EntryQuestionBase & {
    readonly kind: 'grid'; readonly multiple: boolean;
    readonly rows: ReadonlyArray<{ readonly fieldId: string; readonly label: string }>; readonly columns: readonly string[];
  }
  | EntryQuestionBase & { readonly kind: 'text'; readonly fieldId: string; readonly paragraph: boolean };

export interface EntrySection {
  readonly title: string;
  readonly description: string;
  readonly questions: readonly EntryQuestion[];
}

export interface EntryModel {
  readonly title: string;
  readonly sections: readonly EntrySection[];
}

/** Sections with questions, in form order; every answer is keyed by field id. */
export function entryModel(survey: Survey): EntryModel {
  const count = survey.questions.reduce((most, question) => Math.max(most, question.section + 1), survey.sections.length);
  const sections = Array.from({ length: count }, (_, index) => ({
    title: survey.sections[index]?.title ?? '', description: survey.sections[index]?.description ?? '', questions: [] as EntryQuestion[],
  }));
  for (const question of survey.questions) {
    const base = { title: question.title, required: question.required };
    let entry: EntryQuestion;
    switch (question.kind) {
      case 'choice':
        entry = {
          ...base, kind: 'choice', fieldId: question.id, type: question.type, multiple: question.type === 'CHECKBOX',
          options: [...question.options], hasOther: question.hasOther,
        };
        break;
      case 'scale':
        entry = {
          ...base, kind: 'scale', fieldId: question.id, low: question.low, high: question.high,
          lowLabel: question.lowLabel, highLabel: question.highLabel,
        };
        break;
      case 'grid':
        entry = {
          ...base, kind: 'grid', multiple: question.type === 'CHECKBOX',
          rows: question.rows.map((label, index) => ({ fieldId: `${question.id}:${index}`, label })), columns: [...question.columns],
        };
        break;
      case 'text':
        entry = { ...base, kind: 'text', fieldId: question.id, paragraph: question.paragraph };
        break;
    }
    sections[question.section].questions.push(entry);
  }
  return { title: survey.title, sections: sections.filter((section) => section.questions.length > 0) };
}

// ── What the sidebar sends ──

/** `selected`: 0-based option indexes in form order; `other`: the Other text, if ticked. */
export type EntryAnswer =
  | { readonly selected: readonly number[]; readonly other?: string }
  | { readonly value: number }
  | { readonly text: string };

export interface EntryPayload {
  readonly rosterId: string;
  /** yyyy-MM-dd, as an <input type="date"> gives it. */
  readonly receivedOn: string;
  /** Field id → answer; unanswered fields may be left out. */
  readonly answers: Readonly<Record<string, EntryAnswer>>;
}

export type EntryReason =
  | RosterProblem
  | Exclude<CellProblem, { readonly kind: 'unknownOption' }>
  | { readonly kind: 'badDate'; readonly value: string }
  | { readonly kind: 'unknownField' }
  /** The answer is not of the question's kind (a text for a choice …), or is no answer at all. */
  | { readonly kind: 'wrongAnswerKind' }
  | { readonly kind: 'otherNotAllowed' };

export interface EntryProblem {
  /** The field the sidebar should point at; null for 整理番号 and 受付日. */
  readonly fieldId: string | null;
  /** What to name in the message: the field's title, 整理番号, 受付日, or the unknown id. */
  readonly label: string;
  readonly reason: EntryReason;
}

export type EntryResult =
  | { readonly ok: true; readonly answer: PaperAnswer }
  | { readonly ok: false; readonly problems: readonly EntryProblem[] };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks everything the sidebar sent. Blank answers are fine, required or
 * not (無回答). `check` is the roster and who already answered; to save a
 * correction, leave the corrected person out of `check.answered`.
 */
export function validateEntry(survey: Survey, payload: unknown, check: RosterCheck): EntryResult {
  const body = isRecord(payload) ? payload : {};
  const problems: EntryProblem[] = [];

  const rosterId = normalizeRosterId(typeof body.rosterId === 'string' ? body.rosterId : '');
  const rosterIdProblem = rosterProblem(rosterId, normalizedRosterCheck(check));
  if (rosterIdProblem) problems.push({ fieldId: null, label: PAPER.rosterId, reason: rosterIdProblem });

  const dateText = typeof body.receivedOn === 'string' ? body.receivedOn : '';
  const receivedOn = parseDay(dateText);
  if (receivedOn === null) problems.push({ fieldId: null, label: PAPER.receivedOn, reason: { kind: 'badDate', value: dateText } });

  const fields = new Map(fieldsOf(survey.questions).map((field) => [field.id, field]));
  const answers = new Map<string, FieldAnswer>();
  const sent = isRecord(body.answers) ? body.answers : {};
  for (const [fieldId, value] of Object.entries(sent)) {
    const field = fields.get(fieldId);
    if (!field) {
      problems.push({ fieldId, label: fieldId, reason: { kind: 'unknownField' } });
      continue;
    }
    const result = checkAnswer(field, value);
    if ('reason' in result) problems.push({ fieldId, label: field.title, reason: result.reason });
    else if (result.answer) {
      // The answer is stored in one cell of 郵送回答: it must fit.
      const length = String(formatAnswer(field, result.answer)).length;
      if (length > CELL_TEXT_LIMIT) problems.push({ fieldId, label: field.title, reason: { kind: 'tooLong', length, max: CELL_TEXT_LIMIT } });
      else answers.set(fieldId, result.answer);
    }
  }

  if (problems.length > 0 || receivedOn === null) return { ok: false, problems };
  return { ok: true, answer: { rosterId, receivedOn, answers } };
}

function checkAnswer(field: Field, value: unknown): { answer: FieldAnswer | null } | { reason: EntryReason } {
  const wrong = { reason: { kind: 'wrongAnswerKind' } } as const;
  if (!isRecord(value)) return wrong;
  switch (field.kind) {
    case 'text':
      if (typeof value.text !== 'string') return wrong;
      return { answer: value.text.trim() === '' ? null : { kind: 'text', text: value.text } };
    case 'scale': {
      if (typeof value.value !== 'number') return wrong;
      if (!Number.isInteger(value.value) || value.value < field.low || value.value > field.high) {
        return { reason: { kind: 'scaleOutOfRange', value: String(value.value), low: field.low, high: field.high } };
      }
      return { answer: { kind: 'scale', value: value.value } };
    }
    case 'choice': {
      const { selected, other } = value;
      if (!Array.isArray(selected) || !selected.every((index) => typeof index === 'number')) return wrong;
      if (other !== undefined && other !== null && typeof other !== 'string') return wrong;
      // A string, even empty, means Other was ticked: without words it reads その他, never nothing.
      const otherText = typeof other === 'string' ? other.trim() || OTHER_LABEL : null;
      if (otherText !== null && !field.hasOther) return { reason: { kind: 'otherNotAllowed' } };
      const seen = new Set<number>();
      for (const index of selected as number[]) {
        if (!Number.isInteger(index) || index < 0 || index >= field.options.length) {
          return { reason: { kind: 'numberOutOfRange', number: index + 1, max: field.options.length } };
        }
        if (seen.has(index)) return { reason: { kind: 'duplicateOption', option: field.options[index] } };
        seen.add(index);
      }
      const count = seen.size + (otherText !== null ? 1 : 0);
      if (!field.multiple && count > 1) return { reason: { kind: 'severalForSingle', count } };
      if (count === 0) return { answer: null };
      return { answer: { kind: 'choice', selected: [...seen].sort((a, b) => a - b), other: otherText } };
    }
  }
}

// ── A stored answer, back into the sidebar ──

function entryAnswerOf(answer: FieldAnswer): EntryAnswer {
  switch (answer.kind) {
    case 'choice':
      return answer.other === null ? { selected: [...answer.selected] } : { selected: [...answer.selected], other: answer.other };
    case 'scale':
      return { value: answer.value };
    case 'text':
      return { text: answer.text };
  }
}

export function entryPayloadOf(rosterId: string, receivedOn: Day | null, answers: ReadonlyMap<string, FieldAnswer>): EntryPayload {
  const record: Record<string, EntryAnswer> = {};
  for (const [fieldId, answer] of answers) record[fieldId] = entryAnswerOf(answer);
  return { rosterId, receivedOn: receivedOn ?? '', answers: record };
}

/** The 郵送回答 row saved for `rosterId` (1-based row) and what the sidebar shows for it; null if none. */
export function findPaperEntry(
  values: readonly (readonly CellValue[])[], survey: Survey, rosterId: string, timeZone: string,
): { readonly row: number; readonly payload: EntryPayload } | null {
  const wanted = normalizeRosterId(rosterId);
  if (wanted === '') return null;
  const found = readPaperRespondents(values, survey, timeZone).find((respondent) => respondent.rosterId === wanted);
  if (!found) return null;
  const receivedOn = found.receivedAt ? dayOf(found.receivedAt, timeZone) : null;
  return { row: found.row, payload: entryPayloadOf(found.rosterId, receivedOn, found.answers) };
}
