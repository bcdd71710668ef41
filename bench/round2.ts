/**
 * The sample's second round (samples/round2/), made from the first round's
 * form as the next survey would be: the same form copied three years on,
 * renumbered in another style (②… becomes Q2.…), ④ 修了年度 dropped (so every
 * later number moves down one), one question added at the end, one option
 * added to ⑧, and answered by other people in other shares (synth.ts, seeded).
 * Deterministic: `npm run sample:round2` writes the same files every time,
 * and a test holds the committed files to what this makes.
 */
import type { FormItemResource, FormResource, QuestionResource } from '../emulator/form-resource';
import type { CellValue } from '../emulator/view';
import { titleMarker } from '../src/model/text';
import { synthesize } from './synth';

/** Items of the first round's form this script changes, by itemId (never by title). */
const DROPPED = 'i04';
const WIDENED = 'i34';
const ADDED_OPTION = 'オンラインでの交流会';
const ADDED_ITEM: FormItemResource = {
  itemId: 'i36',
  title: '医療的ケア児等支援センターの相談窓口を利用したことがありますか',
  questionItem: {
    question: {
      // Not required, so that (answered by about 6 in 10) it is not taken for a 分類.
      questionId: '40000036', required: false,
      choiceQuestion: { type: 'RADIO', options: [{ value: '何度もある' }, { value: '一度ある' }, { value: 'ない' }, { value: '窓口を知らなかった' }] },
    },
  },
};

/** Round 2's answers: a few more people, over 20 days from 2026-11-02; the deadline is 11/30. */
const SIZE = { responses: 74, paper: 11, start: '2026-11-02' };
const SEED = 20261102;

export interface Round2Files {
  readonly 'form.json': string;
  readonly 'responses.csv': string;
  readonly 'paper.csv': string;
  readonly 'roster.csv': string;
}

/** 「⑤-1) 支援に携わった…」 → its number ("5-1") and the words after it. */
function splitTitle(title: string): { readonly marker: string | null; readonly words: string } {
  const marker = titleMarker(title);
  return { marker, words: marker === null ? title : title.replace(/^[^\s)）]+[)）]?\s*/, '') };
}

/** Every question renumbered Q1., Q2. … in form order, sub-questions after their parent (Q4-1.). */
function renumbered(items: readonly FormItemResource[]): FormItemResource[] {
  const mains = new Map<string, number>();
  return items.map((item) => {
    if (!item.questionItem || item.title === undefined) return item;
    const { marker, words } = splitTitle(item.title);
    // A question without a number (the one added) gets the next one.
    const [main, ...sub] = marker === null ? [`#${item.itemId}`] : marker.split('-');
    if (!mains.has(main)) mains.set(main, mains.size + 1);
    return { ...item, title: `Q${[mains.get(main), ...sub].join('-')}. ${words}` };
  });
}

function widened(question: QuestionResource): QuestionResource {
  const choice = question.choiceQuestion;
  if (!choice) throw new Error(`${WIDENED} is not a choice question`);
  const other = choice.options.findIndex((option) => option.isOther);
  const at = other < 0 ? choice.options.length : other;
  // Before 特に希望しない and Other: the new way is one of the ways.
  const before = choice.options[at - 1]?.value?.startsWith('特に') ? at - 1 : at;
  return { ...question, choiceQuestion: { ...choice, options: [...choice.options.slice(0, before), { value: ADDED_OPTION }, ...choice.options.slice(before)] } };
}

export function round2Form(first: FormResource): FormResource {
  const items = first.items
    .filter((item) => item.itemId !== DROPPED)
    .map((item) => (item.itemId === WIDENED && item.questionItem ? { ...item, questionItem: { question: widened(item.questionItem.question) } } : item));
  return {
    ...first,
    formId: `${first.formId}-round2`,
    responderUri: first.responderUri?.replace(/\/viewform$/, '-round2/viewform'),
    info: {
      title: first.info.title,
      documentTitle: 'コーディネーター養成研修修了者 現状調査（令和8年度）',
      description: (first.info.description ?? '').replace(/令和\d+年度/g, '令和7年度').replace(/回答期限：[^\n]*/, '回答期限：令和8年11月30日'),
    },
    items: renumbered([...items, ADDED_ITEM]),
  };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** As Sheets exports the response sheet: the timestamp in Tokyo, yyyy/MM/dd H:mm:ss. */
function stamp(date: Date): string {
  const tokyo = new Date(date.getTime() + 9 * 3_600_000);
  return `${tokyo.getUTCFullYear()}/${pad(tokyo.getUTCMonth() + 1)}/${pad(tokyo.getUTCDate())} ${tokyo.getUTCHours()}:${pad(tokyo.getUTCMinutes())}:${pad(tokyo.getUTCSeconds())}`;
}

function csvText(rows: readonly (readonly CellValue[])[]): string {
  const field = (value: CellValue) => {
    const text = value instanceof Date ? stamp(value) : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return rows.map((row) => `${row.map(field).join(',')}\r\n`).join('');
}

export function round2Files(first: FormResource): Round2Files {
  const form = round2Form(first);
  const round = synthesize(form, SIZE, SEED);
  return {
    'form.json': `${JSON.stringify(form, null, 2)}\n`,
    'responses.csv': csvText(round.responses),
    'paper.csv': round.paperCsv.toString('utf8'),
    'roster.csv': round.rosterCsv.toString('utf8'),
  };
}
