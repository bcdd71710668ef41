import { compareRounds } from '../../../src/compare/compare';
import { comparisonSheet } from '../../../src/compare/sheet';
import { MIN_FONT_SIZE, PAGE } from '../../../src/report/deck';
import type { Element, Slide } from '../../../src/report/deck';
import { comparisonSlides } from '../../../src/report/comparison';
import { deckPlan } from '../../../src/report/plan';
import type { QuestionJson, SummaryJson } from '../../../src/summary/json';
import { sampleDeckInput } from './sample-deck';

const question = (type: QuestionJson['type'], base: number, answered: number, counts: Record<string, number>): QuestionJson =>
  ({ type, base, notAsked: 0, answeredNotAsked: 0, answered, counts, other: 0, texts: [] });

function round(title: string, respondents: number, size: number, questions: Record<string, QuestionJson>): SummaryJson {
  return {
    format: 1, title, firstAnswer: '2023-12-01', lastAnswer: '2023-12-20', respondents, channels: { form: respondents, paper: 0 },
    roster: { size, responded: respondents, rate: respondents / size }, questions, crosstabs: [], missingColumns: [], ignoredColumns: [], themes: [],
  } as SummaryJson;
}

const jobs = Object.fromEntries(Array.from({ length: 24 }, (_, index) => [`職種${index + 1}`, index < 2 ? 20 : 2]));
const previous = round('前回の調査', 82, 126, {
  '⑤ 支援しましたか': question('RADIO', 82, 82, { はい: 39, いいえ: 43 }),
  '② 職種': question('RADIO', 82, 82, jobs),
});
const current = round('今回の調査', 85, 114, {
  'Q4. 支援しましたか': question('RADIO', 85, 85, { はい: 56, いいえ: 29 }),
  'Q2. 職種': question('RADIO', 85, 85, jobs),
});
const comparison = compareRounds(current, previous, []);
const sheet = comparisonSheet(comparison);
const slides = comparisonSlides({ comparison, sheet });
const texts = (slide: { elements: readonly Element[] }) => slide.elements.flatMap((element) => {
  if (element.kind === 'text') return [element.text];
  if (element.kind === 'table') return element.rows.flat();
  return [];
}).join(' ');

describe('前回との比較 in the deck', () => {
  it('opens with the rounds side by side: period, sent, answered and the response rate', () => {
    const words = texts(slides[0]);
    expect(slides[0].title).toBe('前回との比較');
    for (const figure of ['2023/12/01〜2023/12/20', '126', '114', '82', '85', '65.1%', '74.6%', '比較した設問 2 問']) expect(words).toContain(figure);
  });

  it('shows each matched question beside the picture of its grouped bars on 前回との比較, with ＊ where the change is significant', () => {
    const support = slides.filter((slide) => slide.title.startsWith('前回との比較：Q4.'));
    expect(support).toHaveLength(1);
    const chart = support[0].elements.find((element) => element.kind === 'chart');
    const planned = sheet.charts.find((entry) => entry.title.startsWith('Q4.'));
    expect(chart && chart.kind === 'chart' ? chart.source : null).toEqual({ sheet: 'compare', anchorRow: planned?.anchor.row, anchorColumn: planned?.anchor.column });
    // 39 of 82 → 56 of 85: +18.3 points, significant at 5 %.
    const words = texts(support[0]);
    for (const figure of ['割合の分母：前回 82人・今回 85人', '47.6%', '65.9%', '+18.3', '＊']) expect(words).toContain(figure);
  });

  it('pages a long option list: the chart on a slide of its own, then every option with its counts, none cut off the slide', () => {
    const pages = slides.filter((slide) => slide.title.startsWith('前回との比較：Q2.'));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0].elements.some((element) => element.kind === 'chart')).toBe(true);
    const rows = pages.slice(1).flatMap((slide) => slide.elements.flatMap((element) => (element.kind === 'table' ? element.rows.slice(1) : [])));
    expect(rows.map((row) => row[0])).toEqual(Object.keys(jobs));
    const all = (list: readonly Slide[]) => list.flatMap((slide) => slide.elements);
    for (const element of all(slides)) {
      expect(element.box.top + element.box.height).toBeLessThanOrEqual(PAGE.height);
      if (element.kind === 'text' || element.kind === 'table') expect(element.size).toBeGreaterThanOrEqual(MIN_FONT_SIZE);
    }
  });

  it('comes after the free text and before 結果のまとめ; a deck without a previous round has none', () => {
    const titles = deckPlan(sampleDeckInput({ comparison: { comparison, sheet } })).slides.map((slide) => slide.title);
    const at = titles.indexOf('前回との比較');
    expect(at).toBeGreaterThan(titles.findIndex((title) => title.startsWith('自由記述')));
    expect(at).toBeLessThan(titles.indexOf('結果のまとめ'));
    expect(deckPlan(sampleDeckInput()).slides.some((slide) => slide.kind === 'compare')).toBe(false);
  });
});
