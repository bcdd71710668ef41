/**
 * Defaults detected from the form, so the first 集計を作成 already gives a
 * useful summary without anyone opening the 設定 sheet. Heuristics look at
 * the shape of questions (how many options, required, text vs choice) and at
 * how many answered them, never at this or any survey's titles.
 */
import type { Day } from '../model/dates';
import { parseDay } from '../model/dates';
import type { AnswerCounts } from '../model/respondents';
import type { ChoiceQuestion, Question, Survey } from '../model/survey';
import { matchKey } from '../model/text';
import { SETTINGS } from '../messages';
import type { LayeredTable, Settings } from './settings';

/** Shaped like an attribute (職種, 地域, 年度 …): single choice, radio or drop-down, with a handful of options. */
function isAttributeShaped(question: Question): question is ChoiceQuestion {
  return question.kind === 'choice' && question.type !== 'CHECKBOX'
    && question.options.length >= 3 && question.options.length <= 15;
}

/**
 * The share of respondents an attribute must have been answered by. Forms
 * makes no question required by default, so `required` alone finds none; a
 * question most people skipped (or were not asked) would split little.
 */
const ANSWERED_BY = 0.9;

/**
 * Attribute-like questions, best first: attribute-shaped and answered by
 * nearly everyone; among those, required ones first, then form order. Before
 * any answer arrives, the shape alone decides.
 */
function attributes(survey: Survey, counts: AnswerCounts): ChoiceQuestion[] {
  const answered = (question: ChoiceQuestion) => counts.respondents === 0
    || (counts.answered.get(question.id) ?? 0) >= ANSWERED_BY * counts.respondents;
  const found = survey.questions.filter(isAttributeShaped).filter(answered);
  return [...found.filter((question) => question.required), ...found.filter((question) => !question.required)];
}

function isYesNo(question: Question): question is ChoiceQuestion {
  return question.kind === 'choice' && question.type !== 'CHECKBOX' && question.options.length === 2;
}

const NAME_WORDS = ['氏名', '名前', 'おなまえ', 'なまえ', 'name'];

/** The short text question asking for the respondent's name, if the form has one. */
export function detectNameQuestion(survey: Survey): string | null {
  const found = survey.questions.find((question) => question.kind === 'text' && !question.paragraph
    && NAME_WORDS.some((word) => matchKey(question.title).includes(word)));
  return found ? found.id : null;
}

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const DEADLINE = /(?:期限|締切|締め切り|〆切)[^0-9０-９令平昭]{0,6}((?:令和|平成|昭和)\s*[0-9０-９元]+\s*年|[0-9０-９]{4}\s*[年/.-])\s*([0-9０-９]{1,2})\s*[月/.-]\s*([0-9０-９]{1,2})/;

/** "回答期限：令和5年12月28日" or "締切 2023/12/28" in the form's description → the deadline. */
export function detectDeadline(text: string): Day | null {
  const match = DEADLINE.exec(text.normalize('NFKC'));
  if (!match) return null;
  const yearPart = match[1].replace(/\s+/g, '');
  const era = Object.keys(ERAS).find((name) => yearPart.startsWith(name));
  const year = era ? ERAS[era] + (yearPart.includes('元') ? 1 : Number.parseInt(yearPart.slice(era.length), 10)) : Number.parseInt(yearPart, 10);
  return parseDay(`${year}-${match[2]}-${match[3]}`);
}

const ORGANISER = [
  /** 主催：○○ */
  /(?:主催|実施主体|実施者)\s*[：:]\s*([^\s、。，．]+)/,
  /** ○○が実施する / ○○が主催します */
  /([^\s、。，．「」『』（）()]+?)が(?:主催|実施)/,
];

/**
 * "主催：○○" or "○○が実施する調査です" in the form's description → ○○.
 * A lead-in such as 本調査は is dropped.
 */
export function detectOrganiser(text: string): string {
  for (const pattern of ORGANISER) {
    const match = pattern.exec(text.normalize('NFKC'));
    if (!match) continue;
    const name = match[1];
    const lead = name.lastIndexOf('は');
    return lead >= 0 && name.length - lead > 2 ? name.slice(lead + 1) : name;
  }
  return '';
}

/** The settings detected from the form and how many answered each question (see attributes). */
export function defaultSettings(survey: Survey, counts: AnswerCounts): Settings {
  const found = attributes(survey, counts);
  const classifier = found[0];
  // The layer is the attribute with the fewest options (a region has fewer values than an occupation).
  const within = found.filter((question) => question !== classifier).sort((a, b) => a.options.length - b.options.length)[0];
  const layered: LayeredTable[] = classifier && within
    ? survey.questions.filter(isYesNo).map((question) => ({ questionId: question.id, byId: classifier.id, withinId: within.id }))
    : [];
  const nameQuestionId = detectNameQuestion(survey);
  return {
    summary: {
      classifierIds: classifier ? [classifier.id] : [],
      layered,
      // Names are personal data: kept out of the summary unless staff ask for them.
      excludedIds: nameQuestionId ? [nameQuestionId] : [],
      optionOrder: 'form',
      textWithClassifiers: true,
      // The form's own branching needs no setting: it is read from the form at every summary.
      audiences: [],
      countHeadings: [],
    },
    reminders: {
      deadline: detectDeadline(survey.description),
      daysBefore: [7, 2],
      subject: SETTINGS.defaultSubject,
      body: SETTINGS.defaultBody,
      senderName: '',
      replyTo: '',
      nameQuestionId,
    },
    report: { organiser: detectOrganiser(survey.description) },
    // Questions are matched by title and options; staff add pairs only where those fail.
    comparison: { pairs: [] },
  };
}
