/**
 * Who wrote an answer, in words that stay the same from one 集計を作成 to the
 * next: the summary numbers respondents by their place in this run's list,
 * which moves when the response sheet is sorted or an answer arrives. A theme
 * typed by hand is kept under this key (and the question), never under a row.
 */
import { formatDateTime } from '../model/dates';
import type { Respondent } from '../model/respondents';
import { THEMES } from '../messages';

export interface RespondentKey {
  readonly text: string;
  /**
   * The key may name another answer in a later run (it says a row, or it is
   * the second answer under one timestamp, counted in sheet order): a theme
   * typed under it is kept only while the answer's text is the same too.
   */
  readonly byPosition: boolean;
}

/**
 * Per respondent, indexed like them: a web answer by its timestamp, a paper
 * one by its 整理番号; by its row where it has neither. The rare second answer
 * under the same key (two submissions in one second) gets 「(2)」, in sheet order.
 */
export function respondentKeys(respondents: readonly Respondent[], timeZone: string): RespondentKey[] {
  const seen = new Map<string, number>();
  return respondents.map((respondent) => {
    const stamp = respondent.channel === 'web' ? respondent.receivedAt : null;
    const id = respondent.channel === 'paper' && respondent.rosterId !== '' ? respondent.rosterId : null;
    const base = stamp ? THEMES.webKey(formatDateTime(stamp, timeZone))
      : id !== null ? THEMES.paperKey(id)
        : respondent.channel === 'web' ? THEMES.webRowKey(respondent.row) : THEMES.paperRowKey(respondent.row);
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    return { text: count === 1 ? base : THEMES.repeatedKey(base, count), byPosition: count > 1 || (!stamp && id === null) };
  });
}
