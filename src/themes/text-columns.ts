/**
 * The columns the coding adds to 自由記述: beside each answer, the themes its
 * keywords give (自動分類) and what staff typed (テーマ, written back as they
 * typed it); at the end of the row, who wrote it (回答者), the key the typed
 * themes are kept under from one run to the next.
 */
import type { TextColumns } from '../summary/sheets/texts';
import { THEMES } from '../messages';
import type { Coding } from './coding';

export function textColumns(coding: Coding): TextColumns {
  const byField = new Map(coding.questions.map((question) => [question.field.id, question]));
  return {
    beside: [THEMES.autoColumn, THEMES.handColumn],
    end: [THEMES.keyColumn],
    widths: [160, 160, 190],
    cells(fieldId, index) {
      const question = byField.get(fieldId);
      const answer = question?.answers[index];
      if (!question || !answer) return { beside: ['', ''], end: [''] };
      return { beside: [answer.matched.map((theme) => question.themes[theme].name).join('、'), answer.hand ?? ''], end: [answer.key] };
    },
  };
}
