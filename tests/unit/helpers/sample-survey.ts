/**
 * The sample survey (samples/) as the add-on's model, for tests. form.json is
 * a Google Forms API v1 Form resource; question ids are its itemIds, as
 * FormApp's Item.getId() would give them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/model/csv';
import type { Branching, Navigation, Question, Section, Survey } from '../../../src/model/survey';

interface GoTo { goToAction?: 'NEXT_SECTION' | 'RESTART_FORM' | 'SUBMIT_FORM'; goToSectionId?: string }
interface FormOption extends GoTo { value?: string; isOther?: boolean }
interface FormQuestion {
  required?: boolean;
  choiceQuestion?: { type: 'RADIO' | 'CHECKBOX' | 'DROP_DOWN'; options: FormOption[] };
  textQuestion?: { paragraph?: boolean };
  scaleQuestion?: { low?: number; high: number; lowLabel?: string; highLabel?: string };
  dateQuestion?: object;
  timeQuestion?: object;
}
export interface FormItem {
  itemId: string;
  title?: string;
  description?: string;
  questionItem?: { question: FormQuestion };
  questionGroupItem?: {
    questions: Array<{ required?: boolean; rowQuestion: { title: string } }>;
    grid: { columns: { type: 'RADIO' | 'CHECKBOX'; options: FormOption[] } };
  };
  /** The section before this break ends by this navigation (emulator/form-resource.ts, PageBreakResource). */
  pageBreakItem?: GoTo;
}
export interface FormResource {
  formId: string;
  responderUri?: string;
  info: { title: string; documentTitle?: string; description?: string };
  settings?: { emailCollectionType?: string };
  items: FormItem[];
}

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');

/** A file of samples/, as UTF-8 text. */
export function sampleText(name: string): string {
  return readFileSync(join(SAMPLES, name), 'utf8');
}

/** samples/form.json, a fresh copy each call (tests may change it: rename, reorder, delete). */
export function sampleForm(): FormResource {
  return JSON.parse(sampleText('form.json')) as FormResource;
}

export function surveyFromForm(form: FormResource): Survey {
  const sections: Section[] = [{ title: '', description: '' }];
  const questions: Question[] = [];
  for (const item of form.items) {
    const title = item.title ?? '';
    const section = sections.length - 1;
    if (item.pageBreakItem) {
      sections.push({ title, description: item.description ?? '' });
    } else if (item.questionItem) {
      const { question } = item.questionItem;
      const base = { id: item.itemId, title, required: question.required ?? false, section };
      if (question.choiceQuestion) {
        const { type, options } = question.choiceQuestion;
        questions.push({
          ...base, kind: 'choice', type,
          options: options.filter((option) => !option.isOther).map((option) => option.value ?? ''),
          hasOther: options.some((option) => option.isOther === true),
        });
      } else if (question.scaleQuestion) {
        const scale = question.scaleQuestion;
        questions.push({
          ...base, kind: 'scale', low: scale.low ?? 0, high: scale.high, lowLabel: scale.lowLabel ?? '', highLabel: scale.highLabel ?? '',
        });
      } else {
        questions.push({ ...base, kind: 'text', paragraph: question.textQuestion?.paragraph ?? false });
      }
    } else if (item.questionGroupItem) {
      const group = item.questionGroupItem;
      questions.push({
        id: item.itemId, title, section, kind: 'grid', type: group.grid.columns.type,
        required: group.questions.some((row) => row.required === true),
        rows: group.questions.map((row) => row.rowQuestion.title),
        columns: group.grid.columns.options.map((option) => option.value ?? ''),
      });
    }
  }
  const emailCollection = form.settings?.emailCollectionType ?? 'DO_NOT_COLLECT';
  const branching = sections.length > 1 ? branchingOf(form, sections.length) : undefined;
  return {
    title: form.info.title,
    description: form.info.description ?? '',
    sections,
    questions,
    ...(branching ? { branching } : {}),
    collectsEmail: emailCollection !== 'DO_NOT_COLLECT',
    publishedUrl: form.responderUri ?? '',
    fromForm: true,
  };
}

/** The branching as FormApp reports it: a radio question's options and each page break (a drop-down's choices read null). */
function branchingOf(form: FormResource, sectionCount: number): Branching {
  const breaks = form.items.filter((item) => item.pageBreakItem);
  const navigation = (goTo: GoTo): Navigation => {
    if (goTo.goToSectionId) return { kind: 'goTo', section: breaks.findIndex((item) => item.itemId === goTo.goToSectionId) + 1 };
    if (goTo.goToAction === 'SUBMIT_FORM') return { kind: 'submit' };
    if (goTo.goToAction === 'RESTART_FORM') return { kind: 'restart' };
    return { kind: 'continue' };
  };
  const byOption: Record<string, Navigation[]> = {};
  let section = 0;
  for (const item of form.items) {
    if (item.pageBreakItem) section++;
    const choice = item.questionItem?.question.choiceQuestion;
    const options = choice?.options.filter((option) => !option.isOther) ?? [];
    if (choice?.type === 'RADIO' && section < sectionCount - 1 && options.some((option) => option.goToAction || option.goToSectionId)) {
      byOption[item.itemId] = options.map(navigation);
    }
  }
  return { afterSection: [...breaks.map((item) => navigation(item.pageBreakItem ?? {})), { kind: 'continue' }], byOption };
}

/** The sample survey: samples/form.json as the model. */
export function sampleSurvey(): Survey {
  return surveyFromForm(sampleForm());
}

/** A sample CSV file as rows (header included). */
export function sampleCsv(name: string): string[][] {
  const parsed = parseCsv(sampleText(name));
  if (!parsed.ok) throw new Error(`samples/${name}: unterminated quote on line ${parsed.problem.line}`);
  return parsed.rows;
}

/** The 整理番号 of samples/roster.csv. */
export function sampleRosterIds(): Set<string> {
  const [header, ...rows] = sampleCsv('roster.csv');
  const column = header.indexOf('整理番号');
  return new Set(rows.map((row) => row[column]));
}
