/**
 * The 郵送回答を入力 sidebar's server side. Every save re-reads the sheets
 * and validates again inside the document lock: two clerks typing at once
 * never overwrite each other, and nothing the browser sends is trusted.
 */
import type { Channel } from '../model/respondents';
import { dayOf, formatDay } from '../model/dates';
import { DIALOGS, PAPER_ENTRY, paperEntryProblemText } from '../messages';
import { normalizeRosterId } from '../paper/answer';
import { entryModel, findPaperEntry, validateEntry } from '../paper/entry';
import type { CellValue } from '../model/cells';
import type { Survey } from '../model/survey';
import { countEnteredOn, paperRow } from '../paper/layout';
import { currentUser } from '../gas/platform';
import { showSidebar } from '../gas/ui';
import type { PaperDeleteResult, PaperEntryStart, PaperLoadResult, PaperLookup, PaperSaveRequest, PaperSaveResult } from './api';
import type { Book, Everything } from './context';
import { loadOrThrow, loadPaperValues, loadRoster, loadSurvey, openBook, orThrow, rosterCheck, ROLES, whileLocked } from './context';
import { entryStamp, preparePaperSheet } from './paper-sheet';

export function openPaperEntry(): void {
  showSidebar('paper-entry', DIALOGS.paperEntry);
}

function enteredToday(book: Book, survey: Survey, user: string, values: readonly (readonly CellValue[])[]): number {
  return countEnteredOn(values, survey, user, book.today, book.timeZone);
}

/** The sidebar's first call: the questionnaire, today's count, whether there is a roster. */
export function paperEntryStart(): PaperEntryStart {
  const book = openBook();
  const { survey } = orThrow(loadSurvey(book));
  const roster = loadRoster(book);
  return {
    model: entryModel(survey),
    today: book.today,
    enteredToday: enteredToday(book, survey, currentUser(), loadPaperValues(book)),
    rosterAvailable: !!roster?.result.ok,
  };
}

/** When and how this person answered, if they have: the first of their answers. */
function answeredInfo(all: Everything, rosterId: string): { channel: Channel; on: string } | null {
  const person = all.match?.people.find((candidate) => normalizeRosterId(candidate.entry.id) === rosterId);
  if (person && person.status.kind === 'answered') {
    const { respondent } = person.status.answers[0];
    return { channel: respondent.channel, on: respondent.receivedAt ? formatDay(dayOf(respondent.receivedAt, all.book.timeZone)) : '' };
  }
  const paper = all.answers.paper.find((respondent) => respondent.rosterId === rosterId);
  if (paper) return { channel: 'paper', on: paper.receivedAt ? formatDay(dayOf(paper.receivedAt, all.book.timeZone)) : '' };
  return null;
}

export function paperLookup(rosterId: string): PaperLookup {
  const all = loadOrThrow();
  const id = normalizeRosterId(String(rosterId ?? ''));
  const roster = all.roster?.result.ok ? all.roster.result.roster : null;
  const entry = roster?.entries.find((candidate) => normalizeRosterId(candidate.id) === id);
  // Several rows have it: the roster cannot say whose questionnaire this is, so no name is offered.
  const sharing = roster && entry?.idState === 'duplicate' ? roster.byId.shared.get(entry.idKey) ?? [] : [];
  return {
    rosterId: id,
    name: entry && sharing.length === 0 ? entry.name : null,
    known: !!entry,
    sharedBy: sharing.map((other) => other.name),
    answered: id === '' ? null : answeredInfo(all, id),
    saved: all.answers.paper.some((respondent) => respondent.rosterId === id && id !== ''),
  };
}

export function paperSave(request: PaperSaveRequest): PaperSaveResult {
  return whileLocked(() => save(request));
}

function save(request: PaperSaveRequest): PaperSaveResult {
  const all = loadOrThrow();
  const survey = all.answers.survey;
  const payload = request && typeof request === 'object' ? request.payload : undefined;
  const id = normalizeRosterId(String((payload as { rosterId?: unknown } | undefined)?.rosterId ?? ''));
  const correcting = request?.mode === 'correct';
  const check = rosterCheck(all);
  // A correction replaces this person's paper answer (a duplicate was confirmed when it was first saved);
  // a confirmed duplicate is saved knowingly.
  const hasPaperRow = all.answers.paper.some((respondent) => respondent.rosterId === id);
  if (request?.confirmDuplicate || (correcting && hasPaperRow)) check.answered.delete(id);
  const result = validateEntry(survey, payload, check);
  const sharedRows = check.shared.get(id);
  const sharedNote = sharedRows ? PAPER_ENTRY.sharedId(sharedRows) : '';
  if (!result.ok) {
    const onlyDuplicate = result.problems.every((problem) => problem.reason.kind === 'alreadyAnswered');
    if (onlyDuplicate) {
      const info = answeredInfo(all, id);
      return { kind: 'confirmDuplicate', message: PAPER_ENTRY.alreadyAnswered(id, info?.channel ?? 'paper', info?.on ?? '') + sharedNote };
    }
    return {
      kind: 'invalid', message: PAPER_ENTRY.invalid,
      problems: result.problems.map((problem) => ({ fieldId: problem.fieldId, text: paperEntryProblemText(problem) })),
    };
  }
  const stamp = entryStamp(all.book);
  const paper = preparePaperSheet(all.book, survey, all.answers.paperValues);
  const existing = correcting ? findPaperEntry(paper.values, survey, id, all.book.timeZone) : null;
  const cells = paperRow(paper.layout, result.answer, stamp, all.book.timeZone, existing ? paper.values[existing.row - 1] : []);
  const values = [...paper.values];
  if (existing) {
    // The row's cells already carry their formats: only the values change.
    all.book.sheets.writeRows(ROLES.paper, existing.row, 1, [cells]);
    values[existing.row - 1] = cells;
  } else {
    all.book.sheets.appendRow(ROLES.paper, cells);
    values.push(cells);
  }
  return {
    kind: 'saved',
    message: (existing ? PAPER_ENTRY.corrected(id) : PAPER_ENTRY.saved(id)) + sharedNote,
    enteredToday: enteredToday(all.book, survey, stamp.user, values),
  };
}

export function paperLoad(rosterId: string): PaperLoadResult {
  const book = openBook();
  const { survey } = orThrow(loadSurvey(book));
  const id = normalizeRosterId(String(rosterId ?? ''));
  const found = findPaperEntry(loadPaperValues(book), survey, id, book.timeZone);
  return found ? { kind: 'found', payload: found.payload } : { kind: 'notFound', message: PAPER_ENTRY.notFound(id) };
}

export function paperDelete(rosterId: string): PaperDeleteResult {
  return whileLocked((): PaperDeleteResult => {
    const book = openBook();
    const { survey } = orThrow(loadSurvey(book));
    const id = normalizeRosterId(String(rosterId ?? ''));
    const paper = preparePaperSheet(book, survey);
    const found = findPaperEntry(paper.values, survey, id, book.timeZone);
    if (!found) return { kind: 'notFound', message: PAPER_ENTRY.notFound(id) };
    book.sheets.deleteRow(ROLES.paper, found.row);
    const values = paper.values.filter((_, index) => index !== found.row - 1);
    return { kind: 'deleted', message: PAPER_ENTRY.deleted(id), enteredToday: enteredToday(book, survey, currentUser(), values) };
  });
}
