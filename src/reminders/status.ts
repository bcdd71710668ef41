/**
 * The status columns the add-on owns at the right of the 名簿 sheet: per
 * person 回答状況, 回答日, 回答方法 and 確認事項, in one block the adapter
 * writes with one setValues.
 */
import type { CellValue } from '../model/cells';
import type { Channel } from '../model/respondents';
import type { CellFormat } from '../model/sheet-plan';
import { ROSTER_STATUS } from '../messages';
import type { PersonMatch, RosterMatch } from './matching';
import type { Roster, RosterEntry } from './roster';

export interface StatusBlock {
  /** 1-based row and column of the block's top-left cell (the header). */
  readonly row: number;
  readonly column: number;
  /** Header, then one row per roster row below the header, blank rows included. */
  readonly values: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly (CellFormat | null)[])[];
}

function notes(person: PersonMatch): string[] {
  const lines: string[] = [];
  const { status, entry } = person;
  if (status.kind === 'answered') {
    if (status.answers.some((answer) => answer.by === 'name')) lines.push(ROSTER_STATUS.matchedByName);
    if (status.answers.length > 1) lines.push(ROSTER_STATUS.severalAnswers(status.answers.length));
  }
  if (status.kind === 'needsCheck') lines.push(...status.reasons.map(ROSTER_STATUS.checkReason));
  lines.push(...addressNotes(entry, status.kind === 'notAnswered'));
  return lines;
}

/** A flawed address matters to a non-respondent (the reminder goes by post) and is worth fixing for anyone. */
function addressNotes(entry: RosterEntry, waiting: boolean): string[] {
  let note: string;
  switch (entry.address.kind) {
    case 'ok': return [];
    case 'none':
      if (!waiting) return [];
      note = ROSTER_STATUS.noAddress;
      break;
    case 'malformed': note = ROSTER_STATUS.malformedAddress; break;
    case 'duplicate': note = ROSTER_STATUS.duplicateAddress(entry.address.others); break;
  }
  return [waiting ? ROSTER_STATUS.byPost(note) : note];
}

function channels(person: PersonMatch): string {
  if (person.status.kind !== 'answered') return '';
  const seen = [...new Set<Channel>(person.status.answers.map((answer) => answer.respondent.channel))];
  return seen.map((channel) => ROSTER_STATUS.channels[channel]).join(ROSTER_STATUS.listSeparator);
}

export function statusBlock(roster: Roster, match: RosterMatch): StatusBlock {
  const byRow = new Map(match.people.map((person) => [person.entry.row, person]));
  const firstRow = roster.layout.headerRow + 2;
  const values: CellValue[][] = [[...ROSTER_STATUS.header]];
  for (let row = firstRow; row < firstRow + roster.bodyRows; row++) {
    const person = byRow.get(row);
    if (!person) {
      values.push(['', '', '', '']);
      continue;
    }
    const { status } = person;
    values.push([
      ROSTER_STATUS.label[status.kind],
      status.kind === 'answered' ? status.answers[0].respondent.receivedAt ?? '' : '',
      channels(person),
      notes(person).join(ROSTER_STATUS.noteSeparator),
    ]);
  }
  return {
    row: roster.layout.headerRow + 1,
    column: roster.layout.statusColumn + 1,
    values,
    formats: values.map((_, index) => (index === 0 ? [null, null, null, null] : [null, 'date', null, null])),
  };
}
