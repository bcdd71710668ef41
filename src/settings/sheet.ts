/**
 * The 設定 sheet: one setting per row (項目 | 値 | …), repeated rows for
 * settings that take several values. Staff edit it like any sheet; whatever
 * cannot be understood is reported with its row, never silently ignored.
 */
import type { CellValue } from '../model/cells';
import { isBlank } from '../model/cells';
import type { Day } from '../model/dates';
import { dayOf, instantOf, parseDay } from '../model/dates';
import type { SheetPlan } from '../model/sheet-plan';
import { SheetBuilder } from '../model/sheet-plan';
import type { Outcome, Step } from '../model/routing';
import { sortedOutcomes } from '../model/routing';
import type { ChoiceQuestion, Question, Survey } from '../model/survey';
import { matchKey, questionLabel, titleMarker } from '../model/text';
import { SETTINGS, SUMMARY } from '../messages';
import type { AudienceSetting, CountHeading, LayeredTable, OptionOrder, PreviousPair, Settings } from './settings';

export type SettingKey = keyof typeof SETTINGS.keys;
/** The settings written as a condition, 「⑤ = はい」. */
export type ConditionKey = 'audience' | 'countHeading';

export type SettingProblem =
  | { readonly kind: 'unknownKey'; readonly row: number; readonly key: string }
  | { readonly kind: 'unknownQuestion'; readonly row: number; readonly value: string }
  | { readonly kind: 'badValue'; readonly row: number; readonly key: SettingKey; readonly value: string }
  /** 対象を限る設問, 人数の見出し: a condition that is not 「設問 = 選択肢」 (人数の見出し: one option). */
  | { readonly kind: 'badCondition'; readonly row: number; readonly key: ConditionKey; readonly value: string }
  | { readonly kind: 'missingQuestion'; readonly row: number }
  /** 人数の見出し: an option to head, but no heading. */
  | { readonly kind: 'missingHeading'; readonly row: number }
  | { readonly kind: 'notChoice'; readonly row: number; readonly key: ConditionKey; readonly value: string }
  | { readonly kind: 'unknownOption'; readonly row: number; readonly key: ConditionKey; readonly question: string; readonly option: string }
  | { readonly kind: 'repeatedAudience'; readonly row: number; readonly firstRow: number }
  /** 前回との対応: 今回 is given but 前回 (the 値 column) is empty. */
  | { readonly kind: 'missingPrevious'; readonly row: number };

/** Finds a question as staff refer to it: its full title, the title typed loosely, or its number (②, ⑤-1). */
export function findQuestion(survey: Survey, reference: string): Question | null {
  const text = reference.trim();
  if (text === '') return null;
  const exact = survey.questions.find((question) => question.title === text);
  if (exact) return exact;
  const key = matchKey(text);
  const loose = survey.questions.find((question) => matchKey(question.title) === key);
  if (loose) return loose;
  const marker = titleMarker(text);
  if (!marker) return null;
  const numbered = survey.questions.filter((question) => titleMarker(question.title) === marker);
  return numbered.length === 1 ? numbered[0] : null;
}

const keyOf = (label: string): SettingKey | null => {
  const wanted = matchKey(label);
  const entry = Object.entries(SETTINGS.keys).find(([, text]) => matchKey(text) === wanted);
  return entry ? (entry[0] as SettingKey) : null;
};

const text = (value: CellValue | undefined): string => (value === undefined || isBlank(value) ? '' : String(value).trim());

export interface ReadSettings {
  readonly settings: Settings;
  readonly problems: readonly SettingProblem[];
}

/**
 * Reads the sheet over the defaults: a key present in the sheet replaces the
 * default entirely (so staff can also empty a list by leaving its row blank).
 */
export function readSettingsSheet(values: readonly (readonly CellValue[])[], survey: Survey, defaults: Settings, timeZone: string): ReadSettings {
  const problems: SettingProblem[] = [];
  const seen = new Set<SettingKey>();
  const lists: {
    classifiers: string[]; excluded: string[]; layered: LayeredTable[]; audiences: AudienceSetting[]; countHeadings: CountHeading[]; pairs: PreviousPair[];
  } = {
    classifiers: [], excluded: [], layered: [], audiences: [], countHeadings: [], pairs: [],
  };
  /** Per question given an audience, the row that gave it. */
  const audienceRows = new Map<string, number>();
  let summary = { ...defaults.summary };
  let reminders = { ...defaults.reminders };
  let report = { ...defaults.report };

  const question = (row: number, cell: CellValue | undefined): Question | null | undefined => {
    const reference = text(cell);
    if (reference === '') return undefined;
    const found = findQuestion(survey, reference);
    if (!found) problems.push({ kind: 'unknownQuestion', row, value: reference });
    return found;
  };

  for (let index = 1; index < values.length; index++) {
    const row = index + 1;
    const cells = values[index];
    const label = text(cells[0]);
    if (label === '') continue;
    const key = keyOf(label);
    if (!key) {
      problems.push({ kind: 'unknownKey', row, key: label });
      continue;
    }
    seen.add(key);
    const value = cells[1];
    const bad = () => problems.push({ kind: 'badValue', row, key, value: text(value) });
    switch (key) {
      case 'classifier': {
        const found = question(row, value);
        if (found) lists.classifiers.push(found.id);
        break;
      }
      case 'excluded': {
        const found = question(row, value);
        if (found) lists.excluded.push(found.id);
        break;
      }
      case 'layered': {
        const [target, by, within] = [question(row, value), question(row, cells[2]), question(row, cells[3])];
        if (target && by && within) lists.layered.push({ questionId: target.id, byId: by.id, withinId: within.id });
        else if (target !== null && by !== null && within !== null && text(value) !== '') bad();
        break;
      }
      case 'audience': {
        const target = question(row, value);
        if (target === undefined) {
          if (text(cells[2]) !== '') problems.push({ kind: 'missingQuestion', row });
          break;
        }
        const condition = conditionOf(survey, text(cells[2]), row, problems, 'audience');
        if (!target || !condition) break;
        const firstRow = audienceRows.get(target.id);
        if (firstRow !== undefined) {
          problems.push({ kind: 'repeatedAudience', row, firstRow });
          break;
        }
        audienceRows.set(target.id, row);
        lists.audiences.push({ questionId: target.id, condition });
        break;
      }
      case 'countHeading': {
        // 「支援実績者数」 | 「⑤ = はい」: the heading, and the one option whose count it heads.
        const heading = text(value);
        const condition = text(cells[2]);
        if (heading === '' && condition === '') break;
        if (heading === '') {
          problems.push({ kind: 'missingHeading', row });
          break;
        }
        const step = conditionOf(survey, condition, row, problems, 'countHeading');
        if (!step) break;
        const [option] = step.outcomes;
        if (step.outcomes.length === 1 && typeof option === 'number') lists.countHeadings.push({ questionId: step.questionId, option, heading });
        else problems.push({ kind: 'badCondition', row, key: 'countHeading', value: condition });
        break;
      }
      case 'optionOrder': {
        const order = orderOf(text(value));
        if (order) summary = { ...summary, optionOrder: order };
        else bad();
        break;
      }
      case 'textWithClassifiers': {
        const flag = yesNo(text(value));
        if (flag === null) bad();
        else summary = { ...summary, textWithClassifiers: flag };
        break;
      }
      case 'deadline': {
        if (text(value) === '') reminders = { ...reminders, deadline: null };
        else {
          const day = value instanceof Date ? dayOf(value, timeZone) : parseDay(text(value));
          if (day) reminders = { ...reminders, deadline: day };
          else bad();
        }
        break;
      }
      case 'daysBefore': {
        const days = daysOf(value);
        if (days) reminders = { ...reminders, daysBefore: days };
        else bad();
        break;
      }
      case 'subject':
        reminders = { ...reminders, subject: text(value) || defaults.reminders.subject };
        break;
      case 'body':
        reminders = { ...reminders, body: value === undefined || isBlank(value) ? defaults.reminders.body : String(value) };
        break;
      case 'senderName':
        reminders = { ...reminders, senderName: text(value) };
        break;
      case 'replyTo': {
        const address = text(value);
        if (address === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address)) reminders = { ...reminders, replyTo: address };
        else bad();
        break;
      }
      case 'previousPair': {
        const previous = text(value);
        const current = question(row, cells[2]);
        if (previous === '') {
          if (current !== undefined) problems.push({ kind: 'missingPrevious', row });
          break;
        }
        // An empty 今回 says "do not compare"; one that names no question was reported above.
        if (current !== null) lists.pairs.push({ row, previous, currentId: current?.id ?? null });
        break;
      }
      case 'nameQuestion': {
        const found = question(row, value);
        if (found === undefined) reminders = { ...reminders, nameQuestionId: null };
        else if (found) reminders = { ...reminders, nameQuestionId: found.id };
        break;
      }
      case 'organiser':
        report = { ...report, organiser: text(value) };
        break;
    }
  }
  if (seen.has('classifier')) summary = { ...summary, classifierIds: lists.classifiers };
  if (seen.has('excluded')) summary = { ...summary, excludedIds: lists.excluded };
  if (seen.has('layered')) summary = { ...summary, layered: lists.layered };
  if (seen.has('audience')) summary = { ...summary, audiences: lists.audiences };
  if (seen.has('countHeading')) summary = { ...summary, countHeadings: lists.countHeadings };
  const comparison = seen.has('previousPair') ? { pairs: lists.pairs } : defaults.comparison;
  return { settings: { summary, reminders, report, comparison }, problems };
}

const CONDITION = /^([^=＝]+)[=＝]([^=＝]+)$/;

/**
 * 「⑤ = いいえ」, 「⑤ = はい、いいえ」: a choice question and the answers that
 * make a respondent one of the audience (その他 for an Other answer).
 * Whatever cannot be read is reported with its row.
 */
function conditionOf(survey: Survey, condition: string, row: number, problems: SettingProblem[], key: ConditionKey): Step | null {
  const match = CONDITION.exec(condition);
  const answers = match ? match[2].split(/[、,，]/).map((answer) => answer.trim()).filter((answer) => answer !== '') : [];
  if (!match || match[1].trim() === '' || answers.length === 0) {
    problems.push({ kind: 'badCondition', row, key, value: condition });
    return null;
  }
  const found = findQuestion(survey, match[1]);
  if (!found) {
    problems.push({ kind: 'unknownQuestion', row, value: match[1].trim() });
    return null;
  }
  if (found.kind !== 'choice') {
    problems.push({ kind: 'notChoice', row, key, value: match[1].trim() });
    return null;
  }
  const outcomes: Outcome[] = [];
  for (const answer of answers) {
    const outcome = outcomeOf(found, answer);
    if (outcome === null) problems.push({ kind: 'unknownOption', row, key, question: found.title, option: answer });
    else outcomes.push(outcome);
  }
  return outcomes.length === answers.length ? { questionId: found.id, outcomes: sortedOutcomes(outcomes) } : null;
}

function outcomeOf(question: ChoiceQuestion, answer: string): Outcome | null {
  const key = matchKey(answer);
  const index = question.options.findIndex((option) => matchKey(option) === key);
  if (index >= 0) return index;
  return question.hasOther && key === matchKey(SUMMARY.other) ? 'other' : null;
}

/** A condition as staff write it: 「⑤ = いいえ」. */
function conditionText(survey: Survey, step: Step): string {
  const question = survey.questions.find((candidate) => candidate.id === step.questionId);
  if (question?.kind !== 'choice') return '';
  const answers = step.outcomes.flatMap((outcome) => (typeof outcome === 'number' ? [question.options[outcome]] : outcome === 'other' ? [SUMMARY.other] : []));
  return `${questionLabel(question.title)} = ${answers.join('、')}`;
}

function orderOf(value: string): OptionOrder | null {
  const key = matchKey(value);
  if (key === matchKey(SETTINGS.orderForm)) return 'form';
  if (key === matchKey(SETTINGS.orderCount)) return 'count';
  return null;
}

function yesNo(value: string): boolean | null {
  const key = matchKey(value);
  if (key === matchKey(SETTINGS.yes)) return true;
  if (key === matchKey(SETTINGS.no)) return false;
  return null;
}

/** "7, 2" or "7、2" or a single number: whole days before the deadline, 0 = the deadline itself. */
function daysOf(value: CellValue | undefined): number[] | null {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? [value] : null;
  const parts = text(value).normalize('NFKC').split(/[\s,、]+/).filter(Boolean);
  if (parts.length === 0) return [];
  const days = parts.map(Number);
  if (days.some((day) => !Number.isInteger(day) || day < 0)) return null;
  return [...new Set(days)].sort((a, b) => b - a);
}

const titleOf = (survey: Survey, id: string | null): string => survey.questions.find((question) => question.id === id)?.title ?? '';

/** The sheet as first written: the detected defaults, each row explained. */
export function settingsSheet(settings: Settings, survey: Survey, timeZone: string): SheetPlan {
  const sheet = new SheetBuilder();
  const { keys, help } = SETTINGS;
  sheet.row([SETTINGS.header.key, SETTINGS.header.value, SETTINGS.header.by, SETTINGS.header.within, SETTINGS.header.help], [], true);
  const row = (key: SettingKey, values: readonly (CellValue)[], format: 'text' | 'date' = 'text') =>
    sheet.row([keys[key], ...values, ...Array(3 - values.length).fill(''), help[key]], [null, format, 'text', 'text', null]);
  const { summary, reminders } = settings;
  if (summary.classifierIds.length === 0) row('classifier', ['']);
  for (const id of summary.classifierIds) row('classifier', [titleOf(survey, id)]);
  if (summary.layered.length === 0) row('layered', ['']);
  for (const table of summary.layered) row('layered', [titleOf(survey, table.questionId), titleOf(survey, table.byId), titleOf(survey, table.withinId)]);
  if (summary.excludedIds.length === 0) row('excluded', ['']);
  for (const id of summary.excludedIds) row('excluded', [titleOf(survey, id)]);
  if (summary.audiences.length === 0) row('audience', ['', '']);
  for (const { questionId, condition } of summary.audiences) row('audience', [titleOf(survey, questionId), conditionText(survey, condition)]);
  if (summary.countHeadings.length === 0) row('countHeading', ['', '']);
  for (const { questionId, option, heading } of summary.countHeadings) row('countHeading', [heading, conditionText(survey, { questionId, outcomes: [option] })]);
  row('optionOrder', [summary.optionOrder === 'form' ? SETTINGS.orderForm : SETTINGS.orderCount]);
  row('textWithClassifiers', [summary.textWithClassifiers ? SETTINGS.yes : SETTINGS.no]);
  row('deadline', [reminders.deadline ? instantOf(reminders.deadline as Day, timeZone) : ''], 'date');
  row('daysBefore', [reminders.daysBefore.join(', ')]);
  row('subject', [reminders.subject]);
  row('body', [reminders.body]);
  row('senderName', [reminders.senderName]);
  row('replyTo', [reminders.replyTo]);
  row('nameQuestion', [titleOf(survey, reminders.nameQuestionId)]);
  row('organiser', [settings.report.organiser]);
  const { pairs } = settings.comparison;
  if (pairs.length === 0) row('previousPair', ['', '']);
  for (const pair of pairs) row('previousPair', [pair.previous, titleOf(survey, pair.currentId)]);
  return sheet.build(SETTINGS.sheet, { frozenRows: 1, columnWidths: [200, 360, 240, 240, 420], wrapColumns: [2, 5] });
}
