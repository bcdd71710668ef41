/**
 * Who wrote an answer, in words that stay the same from one 集計を作成 to the
 * next: the summary numbers respondents by their place in this run's list,
 * which moves when the response sheet is sorted or an answer arrives. A theme
 * typed by hand is kept under this key (and the question), never under a row.
 */
import { formatDateTime } from '../model/dates';
import type { Respondent } from '../model/respondents';
import { THEMES } from '../messages';

/**
 * Per respondent, indexed like them: a web answer by its timestamp, a paper
 * one by its 整理番号; by its row where it has neither. The rare second answer
 * under the same key (two submissions in one second) gets 「(2)」, in sheet order.
 */
export function respondentKeys(respondents: readonly Respondent[], timeZone: string): string[] {
  const seen = new Map<string, number>();
  return respondents.map((respondent) => {
    const base = respondent.channel === 'web'
      ? (respondent.receivedAt ? THEMES.webKey(formatDateTime(respondent.receivedAt, timeZone)) : THEMES.webRowKey(respondent.row))
      : (respondent.rosterId !== '' ? THEMES.paperKey(respondent.rosterId) : THEMES.paperRowKey(respondent.row));
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return count === 1 ? base : THEMES.repeatedKey(base, count);
  });
}
