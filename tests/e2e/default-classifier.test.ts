/**
 * A form as Google Forms makes it, no question required: the 分類 is found
 * from the answers (the first radio or drop-down question with 3–15 options
 * nearly everyone answered), so the cross tables are there on the first click.
 */
import { readFileSync } from 'node:fs';
import type { FormResource } from '../../emulator/form-resource';
import type { SummaryJson } from '../../src/summary/json';
import { clickMenu, preparedSample, sampleFile, sampleForm, sheetValues } from './harness';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const OCC: string = expected.questions.occ;
const REGION: string = expected.questions.reg;
const SUPPORT: string = expected.questions.support;

/** The sample form with `required` taken off every question. */
function withoutRequired(): FormResource {
  const form = sampleForm();
  return {
    ...form,
    items: form.items.map((item) => (item.questionItem ? { ...item, questionItem: { ...item.questionItem, question: { ...item.questionItem.question, required: false } } } : item)),
  };
}

const classifierIn = (values: readonly (readonly unknown[])[]) => values.find((row) => row[0] === '分類に使う設問')?.[1];

describe('the sample form without required questions', () => {
  it('classifies by ② 職種 and layers by ③ on the first 集計を作成, as the sample with required questions does', () => {
    const book = preparedSample({ form: withoutRequired() });
    const json = clickMenu(book, 'generateSummary') as SummaryJson;
    expect(classifierIn(sheetValues(book, '設定'))).toBe(OCC);
    const regional = json.crosstabs.find((table) => table.question === SUPPORT && table.by === OCC && table.within === REGION);
    expect(regional).toBeDefined();
    // Every figure, cross tables included, as the sample form (with its required questions) gives them.
    expect(json).toEqual(clickMenu(preparedSample(), 'generateSummary'));
  });

  it('writes the same 分類 when 設定 is opened first', () => {
    const book = preparedSample({ form: withoutRequired() });
    clickMenu(book, 'openSettings');
    expect(classifierIn(sheetValues(book, '設定'))).toBe(OCC);
  });
});
