/**
 * The 送信履歴 sheet: one row per attempt, appended, never rewritten. It is
 * also the memory that keeps anyone from getting a round twice, so reading
 * it back is tolerant: columns found by header, ids that Sheets turned into
 * numbers, round cells turned into dates.
 */
import type { CellValue } from '../model/cells';
import { isBlank } from '../model/cells';
import type { Day } from '../model/dates';
import { dayOf, parseDay } from '../model/dates';
import type { CellFormat } from '../model/sheet-plan';
import { matchKey, singleLine } from '../model/text';
import { SEND_LOG } from '../messages';
import type { Round } from './rounds';
import { emailKey, idKey } from './keys';

export interface Recipient {
  readonly id: string;
  readonly name: string;
  readonly address: string;
}

export type StopReason = 'quota' | 'time';

export type LogEntry =
  | { readonly kind: 'sent'; readonly at: Date; readonly round: Round; readonly recipient: Recipient }
  | { readonly kind: 'failed'; readonly at: Date; readonly round: Round; readonly recipient: Recipient; readonly error: string }
  /** The run stopped before everyone due was sent to; `remaining` go out on the next run. */
  | { readonly kind: 'stopped'; readonly at: Date; readonly round: Round; readonly reason: StopReason; readonly remaining: number };

export const LOG_HEADER: readonly string[] = [
  SEND_LOG.at, SEND_LOG.id, SEND_LOG.name, SEND_LOG.address, SEND_LOG.round, SEND_LOG.result, SEND_LOG.detail,
];

/** Per column; 整理番号 as text so that `007` stays `007`. */
export const LOG_FORMATS: readonly (CellFormat | null)[] = ['datetime', 'text', null, null, 'text', null, null];

export function logRow(entry: LogEntry): CellValue[] {
  const round = SEND_LOG.roundLabel(entry.round.day, entry.round.daysBefore);
  switch (entry.kind) {
    case 'sent':
      return [entry.at, entry.recipient.id, entry.recipient.name, entry.recipient.address, round, SEND_LOG.sent, ''];
    case 'failed':
      return [entry.at, entry.recipient.id, entry.recipient.name, entry.recipient.address, round, SEND_LOG.failed, singleLine(entry.error)];
    case 'stopped':
      return [entry.at, '', '', '', round, SEND_LOG.stopped[entry.reason], SEND_LOG.remaining(entry.remaining)];
  }
}

/** A successful send read back from the sheet. */
export interface SentRecord {
  readonly round: Day;
  readonly idKey: string;
  readonly emailKey: string;
}

const ROUND_START = /^\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2})/;

function roundDay(cell: CellValue, timeZone: string): Day | null {
  if (cell instanceof Date) return dayOf(cell, timeZone);
  const match = ROUND_START.exec(String(cell).normalize('NFKC'));
  return match ? parseDay(match[1].replace(/\s+/g, '')) : null;
}

/**
 * The successful sends in the log. A mail is recorded as sent before it goes
 * and a failure after it: a 失敗 row cancels the 送信済み row before it for the
 * same person and round. Columns are found by their header; one that cannot
 * be found is read where the add-on writes it.
 */
export function readSentLog(grid: readonly (readonly CellValue[])[], timeZone: string): SentRecord[] {
  if (grid.length === 0) return [];
  const headers = grid[0].map((cell) => matchKey(String(cell)));
  const columnOf = (title: string) => {
    const found = headers.indexOf(matchKey(title));
    return found >= 0 ? found : LOG_HEADER.indexOf(title);
  };
  const [id, address, round, result] = [SEND_LOG.id, SEND_LOG.address, SEND_LOG.round, SEND_LOG.result].map(columnOf);
  const [sent, failed] = [SEND_LOG.sent, SEND_LOG.failed].map(matchKey);
  const records = new Map<string, SentRecord>();
  for (let r = 1; r < grid.length; r++) {
    const row = grid[r];
    const outcome = isBlank(row[result]) ? '' : matchKey(String(row[result]));
    if ((outcome !== sent && outcome !== failed) || isBlank(row[round])) continue;
    const day = roundDay(row[round], timeZone);
    if (day === null) continue;
    const record = {
      round: day,
      idKey: isBlank(row[id]) ? '' : idKey(String(row[id])),
      emailKey: isBlank(row[address]) ? '' : emailKey(String(row[address])),
    };
    const key = `${record.round}\u0000${record.idKey}\u0000${record.emailKey}`;
    if (outcome === sent) records.set(key, record);
    else records.delete(key);
  }
  return [...records.values()];
}
