/**
 * The status columns the add-on owns at the right of the 名簿 sheet: per
 * person 回答状況, 回答日, 回答方法 and 確認事項, in one block the adapter
 * writes with one setValues.
 */
import type { CellValue } from '../model/cells';
import type { Channel } from '../model/respondents';
import type { CellFormat } from '../model/sheet-plan';
import { ROSTER_STATUS } from '../messages';
import type { Answer, PersonMatch, RosterMatch } from './matching';
import type { Roster, RosterEntry } from './roster';

export interface StatusBlock {
  /** 1-based row and column of the block's top-left cell (the header). */
  readonly row: number;
  readonly column: number;
  /** Header, then one row per roster row below the header, blank rows included. */
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly (CellFormat | null)[])[];
}

function notes(person: PersonMatch): string {
  const lines: string[] = [];
  const { status, entry } = person;
  if (status.kind === 'answered') {
    if (status.answers.some((answer) => answer.by === 'name')) lines.push(ROSTER_STATUS.matchedByName);
    if (status.answers.length > 1) lines.push(ROSTER_STATUS.severalAnswers(status.answers.length));
  }
  if (status.kind === 'needsCheck') for (const reason of status.reasons) lines.push(ROSTER_STATUS.checkReason(reason));
  const address = addressNote(entry, status.kind === 'notAnswered');
  if (address !== null) lines.push(address);
  return lines.join(ROSTER_STATUS.noteSeparator);
}

/** A flawed address matters to a non-respondent (the reminder goes by post) and is worth fixing for anyone. */
function addressNote(entry: RosterEntry, waiting: boolean): string | null {
  let note: string;
  switch (entry.address.kind) {
    case 'ok': return null;
    case 'none':
      if (!waiting) return null;
      note = ROSTER_STATUS.noAddress;
      break;
    case 'malformed': note = ROSTER_STATUS.malformedAddress; break;
    case 'duplicate': note = ROSTER_STATUS.duplicateAddress(entry.address.others); break;
  }
  return waiting ? ROSTER_STATUS.byPost(note) : note;
}

/** How the person answered, each way once, in the order of their answers. */
function channels(answers: readonly Answer[]): string {
  const seen: Channel[] = [];
  for (const { respondent } of answers) if (!seen.includes(respondent.channel)) seen.push(respondent.channel);
  return seen.map((channel) => ROSTER_STATUS.channels[channel]).join(ROSTER_STATUS.listSeparator);
}

function statusRow(person: PersonMatch): CellValue[] {
  const { status } = person;
  return status.kind === 'answered'
    ? [ROSTER_STATUS.label.answered, status.answers[0].respondent.receivedAt ?? '', channels(status.answers), notes(person)]
    : [ROSTER_STATUS.label[status.kind], '', '', notes(person)];
}

// Shared by every row: rows are only read, and a roster of 150,000 would otherwise need as many copies.
const BLANK_ROW: readonly CellValue[] = ['', '', '', ''];
const HEADER_FORMATS: readonly (CellFormat | null)[] = [null, null, null, null];
const ROW_FORMATS: readonly (CellFormat | null)[] = [null, 'date', null, null];

export function statusBlock(roster: Roster, match: RosterMatch): StatusBlock {
  const firstRow = roster.layout.headerRow + 2;
  const values: Array<readonly CellValue[]> = [[...ROSTER_STATUS.header]];
  const formats: Array<readonly (CellFormat | null)[]> = [HEADER_FORMATS];
  // People come in roster order, so walking them alongside the rows finds each person's row.
  let next = 0;
  for (let row = firstRow; row < firstRow + roster.bodyRows; row++) {
    const person = match.people[next];
    if (person !== undefined && person.entry.row === row) {
      values.push(statusRow(person));
      next++;
    } else {
      values.push(BLANK_ROW);
    }
    formats.push(ROW_FORMATS);
  }
  return { row: roster.layout.headerRow + 1, column: roster.layout.statusColumn + 1, values, formats };
}
