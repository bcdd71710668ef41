/**
 * A round's figures read back from a file: 集計データ saved from Google, or
 * the local run's summary.json; the same shape (summary/json.ts). Only what
 * the comparison uses is checked, field by field, so that a file of another
 * kind is refused with what is wrong rather than half read. Fields added
 * since (themes, comparison …) are carried as they are.
 */
import type { CrosstabJson, QuestionJson, SummaryJson } from '../summary/json';
import { SUMMARY_FORMAT } from '../summary/json';

export type RoundProblem =
  | { readonly kind: 'notJson' }
  /** JSON, but not the figures of a round (no format, no questions). */
  | { readonly kind: 'notSummary' }
  /** Written by a later version of the add-on. */
  | { readonly kind: 'newerFormat'; readonly format: number }
  /** A field the comparison needs is missing or of the wrong kind: where, as a JSON path. */
  | { readonly kind: 'badField'; readonly path: string };

export type RoundRead = { readonly ok: true; readonly round: SummaryJson } | { readonly ok: false; readonly problem: RoundProblem };

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

class Bad extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

function need(ok: boolean, path: string): void {
  if (!ok) throw new Bad(path);
}

function counts(value: unknown, path: string): void {
  need(isObject(value), path);
  for (const [key, count] of Object.entries(value as Json)) need(isCount(count), `${path}.${key}`);
}

function question(value: unknown, path: string): void {
  need(isObject(value), path);
  const entry = value as Partial<Record<keyof QuestionJson, unknown>>;
  need(typeof entry.type === 'string', `${path}.type`);
  for (const key of ['base', 'answered', 'answeredNotAsked', 'other'] as const) need(isCount(entry[key]), `${path}.${key}`);
  counts(entry.counts, `${path}.counts`);
}

/** `cells` and `respondents` of a layered table: within → by → (option →) count. */
function nested(value: unknown, path: string, depth: number): void {
  if (depth === 0) {
    need(isCount(value), path);
    return;
  }
  need(isObject(value), path);
  for (const [key, inner] of Object.entries(value as Json)) nested(inner, `${path}.${key}`, depth - 1);
}

function crosstab(value: unknown, path: string): void {
  need(isObject(value), path);
  const entry = value as Partial<Record<keyof CrosstabJson, unknown>>;
  need(typeof entry.question === 'string', `${path}.question`);
  need(typeof entry.by === 'string', `${path}.by`);
  need(entry.within === null || typeof entry.within === 'string', `${path}.within`);
  const layered = typeof entry.within === 'string';
  nested(entry.cells, `${path}.cells`, layered ? 3 : 2);
  nested(entry.respondents, `${path}.respondents`, layered ? 2 : 1);
}

const isDay = (value: unknown) => value === null || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));

/** The file's text (UTF-8, a byte-order mark allowed) as a round's figures, or why it is not one. */
export function readRound(text: string): RoundRead {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'notJson' } };
  }
  if (!isObject(json) || !('format' in json) || !isObject(json.questions)) return { ok: false, problem: { kind: 'notSummary' } };
  if (typeof json.format === 'number' && json.format > SUMMARY_FORMAT) return { ok: false, problem: { kind: 'newerFormat', format: json.format } };
  try {
    need(json.format === SUMMARY_FORMAT, 'format');
    need(typeof json.title === 'string', 'title');
    need(isDay(json.firstAnswer), 'firstAnswer');
    need(isDay(json.lastAnswer), 'lastAnswer');
    need(isCount(json.respondents), 'respondents');
    need(json.roster === null || (isObject(json.roster) && isCount(json.roster.size) && isCount(json.roster.responded)), 'roster');
    for (const [title, entry] of Object.entries(json.questions)) question(entry, `questions.${title}`);
    need(Array.isArray(json.crosstabs), 'crosstabs');
    (json.crosstabs as unknown[]).forEach((entry, index) => crosstab(entry, `crosstabs[${index}]`));
  } catch (error) {
    if (error instanceof Bad) return { ok: false, problem: { kind: 'badField', path: error.path } };
    throw error;
  }
  return { ok: true, round: json as unknown as SummaryJson };
}
