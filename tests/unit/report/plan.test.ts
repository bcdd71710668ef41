import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellValue } from '../../../src/model/cells';
import { readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import type { Deck, Element, Slide, TableElement, TextElement } from '../../../src/report/deck';
import { MIN_FONT_SIZE, PAGE } from '../../../src/report/deck';
import { BODY_BOTTOM } from '../../../src/report/frame';
import { deckPlan, MAX_TEXT_SLIDES } from '../../../src/report/plan';
import { summarySheets } from '../../../src/summary/sheets';
import { summarize } from '../../../src/summary/summarize';
import { SAMPLE_ROSTER, sampleDeckInput } from './sample-deck';

const expected = JSON.parse(readFileSync(join(__dirname, '../../../samples/expected.json'), 'utf8'));
const Q = expected.questions as Record<string, string>;

const texts = (slide: Slide) => slide.elements.filter((element): element is TextElement => element.kind === 'text').map((element) => element.text);
const tables = (slide: Slide) => slide.elements.filter((element): element is TableElement => element.kind === 'table');
const of = (deck: Deck, kind: Slide['kind']) => deck.slides.filter((slide) => slide.kind === kind);
/** Every body row of the tables on these slides, header rows left out. */
const bodyRows = (slides: readonly Slide[]) => slides.flatMap((slide) => tables(slide).flatMap((table) => table.rows.slice(1)));
const titledAs = (deck: Deck, title: string) => deck.slides.filter((slide) => slide.title === title || slide.title.startsWith(`${title}（`));

describe('the sample deck', () => {
  const input = sampleDeckInput();
  const deck = deckPlan(input);

  it('follows the first report: title, purpose, method, response rate, breakdown, questions, layered, cross, free text, summary, outlook', () => {
    const order = ['title', 'purpose', 'method', 'response', 'breakdown', 'question', 'layered', 'cross', 'texts', 'findings', 'outlook'];
    const kinds = deck.slides.map((slide) => slide.kind);
    expect([...new Set(kinds)]).toEqual(order);
    // Each kind in one run: the sections never interleave.
    kinds.forEach((kind, index) => expect(order.indexOf(kind)).toBeGreaterThanOrEqual(order.indexOf(kinds[Math.max(0, index - 1)])));
  });

  it('is named with the form title and when it was made, so that each run makes a deck of its own', () => {
    expect(deck.name).toBe('医療的ケア児等コーディネーター養成研修修了者の現状調査 報告スライド 2023/12/21 09:30');
    expect(deckPlan(sampleDeckInput({ madeAt: { day: '2024-01-05', time: '14:02' } })).name).toContain('2024/01/05 14:02');
  });

  it('opens with the form title, the answering period from the first to the last answer and the organiser from 設定', () => {
    const [title] = deck.slides;
    expect(texts(title)).toEqual(expect.arrayContaining([
      input.summary.survey.title, '回答期間：2023年12月1日 〜 2023年12月20日', '鳥取県医療的ケア児等支援センター',
    ]));
    const renamed = deckPlan(sampleDeckInput({ report: { organiser: '県医療的ケア児等支援センター' } }));
    expect(texts(renamed.slides[0])).toContain('県医療的ケア児等支援センター');
    const none = deckPlan(sampleDeckInput({ report: { organiser: '' } }));
    expect(texts(none.slides[0])).not.toContain('鳥取県医療的ケア児等支援センター');
  });

  it('states the purpose from the form description and the method from the answers and 設定', () => {
    expect(texts(of(deck, 'purpose')[0]).join('\n')).toContain(input.summary.survey.description);
    const method = texts(of(deck, 'method')[0]).join('\n');
    expect(method).toContain('名簿の126人');
    expect(method).toContain('2023年12月1日 〜 2023年12月28日');
    expect(method).toContain('回答：82人（Webフォーム 70人、郵送 12人）');
  });

  it('shows 送付数 126, 回答数 82 and 回答率 65.1% (82 ÷ 126), and the split by channel', () => {
    const [slide] = of(deck, 'response');
    expect(texts(slide)).toEqual(expect.arrayContaining(['126人', '82人', '65.1%', '82 ÷ 126']));
    expect(bodyRows([slide])).toEqual([['Webフォーム', '70', '85.4%'], ['郵送', '12', '14.6%'], ['計', '82', '100.0%']]);
  });

  it('shows a chart of the sheet for every summarised question, with every figure in its alt text', () => {
    const charts = deck.slides.flatMap((slide) => slide.elements.filter((element) => element.kind === 'chart'));
    expect(charts).toHaveLength(input.summary.choices.length);
    input.summary.choices.forEach((tally, index) => {
      const chart = charts[index];
      if (chart.kind !== 'chart') throw new Error('not a chart');
      const sheetChart = input.simpleSheet.charts.find((candidate) => candidate.title === tally.field.title);
      expect(chart.source).toEqual({ sheet: 'simple', anchorRow: sheetChart?.anchor.row, anchorColumn: sheetChart?.anchor.column });
      tally.labels.forEach((label, option) => expect(chart.description).toContain(`${label} ${tally.counts[option]}`));
    });
  });

  it('lists the occupations as the respondents\' breakdown, once, before the other questions', () => {
    const breakdown = of(deck, 'breakdown');
    expect(breakdown[0].title).toBe(`回答者の内訳：${Q.occ}（1/${breakdown.length}）`);
    const rows = bodyRows(breakdown);
    for (const [occupation, n] of Object.entries<number>(expected.occupationCounts)) expect(rows).toContainEqual([occupation, String(n), expect.stringMatching(/%$/)]);
    expect(of(deck, 'question').some((slide) => slide.title.startsWith(Q.occ))).toBe(false);
  });

  it('puts a short table beside its chart, and splits a long option list over slides without losing or repeating one', () => {
    const region = titledAs(deck, Q.reg);
    expect(region).toHaveLength(1);
    expect(region[0].elements.map((element) => element.kind)).toEqual(expect.arrayContaining(['chart', 'table']));
    const activity = titledAs(deck, Q.act);
    expect(activity.length).toBeGreaterThan(2);
    expect(activity.map((slide) => slide.title)).toEqual(activity.map((_, index) => `${Q.act}（${index + 1}/${activity.length}）`));
    expect(bodyRows(activity).map((row) => row[0])).toEqual(expected.activityByOccupation.options);
  });

  it('shows each region\'s support by occupation with its rate (72% / 58% / 77%), after an overview of the regions', () => {
    const layered = of(deck, 'layered').filter((slide) => slide.title.startsWith(Q.support.slice(0, 1)));
    const overview = bodyRows([layered[0]]);
    expect(overview.map((row) => [row[0], row[1], row[2], row[4]])).toEqual([
      ['東部圏域', '36', '26', '72.2%'], ['中部圏域', '19', '11', '57.9%'], ['西部圏域', '27', '21', '77.8%'], ['計', '82', '58', '70.7%'],
    ]);
    for (const [region, data] of Object.entries<{ rows: Record<string, [number, number]> }>(expected.regionSupport)) {
      const slide = layered.find((candidate) => candidate.title.endsWith(`（${region}）`));
      if (!slide) throw new Error(`no slide for ${region}`);
      const rows = bodyRows([slide]).filter((row) => row[0] !== '計');
      expect(Object.fromEntries(rows.map((row) => [row[0], [Number(row[1]), Number(row[2])]]))).toEqual(data.rows);
    }
  });

  it('pages the activities by occupation, every count in its place and 総計 on every page', () => {
    const slides = titledAs(deck, `${Q.act} × ${Q.occ}`);
    expect(slides.length).toBeGreaterThan(1);
    const seen = new Map<string, number>();
    for (const slide of slides) {
      const [table] = tables(slide);
      const header = table.rows[0];
      expect(header[header.length - 1]).toBe('総計');
      for (const row of table.rows.slice(1)) {
        const option = expected.activityByOccupation.options.indexOf(row[0]);
        if (option < 0) continue;
        header.slice(1, -1).forEach((occupation, column) => {
          expect(Number(row[column + 1])).toBe(expected.activityByOccupation.rows[occupation][option]);
          seen.set(`${row[0]}|${occupation}`, (seen.get(`${row[0]}|${occupation}`) ?? 0) + 1);
        });
      }
    }
    // Every occupation that did something, for every option, exactly once.
    expect(seen.size).toBe(expected.activityByOccupation.options.length * Object.keys(expected.activityByOccupation.rows).length);
    expect([...seen.values()].every((times) => times === 1)).toBe(true);
  });

  it('lists every free-text answer once, about ten a slide, with the occupation beside it', () => {
    for (const [question, answers] of Object.entries<number>(expected.freeTextAnswers)) {
      const slides = titledAs(deck, `自由記述：${question}`);
      const rows = bodyRows(slides);
      expect(new Set(rows.map((row) => row[0])).size).toBe(answers);
      for (const slide of slides) expect(tables(slide)[0].rows.length - 1).toBeLessThanOrEqual(10);
      expect(tables(slides[0])[0].rows[0]).toEqual(['No.', '回答', Q.occ]);
      expect(rows.every((row) => Object.keys(expected.occupationCounts).includes(row[2]))).toBe(true);
    }
    const tally = input.summary.texts.find((text) => text.field.title === Q.wish);
    const shown = bodyRows(titledAs(deck, `自由記述：${Q.wish}`)).map((row) => row[1]).join('');
    for (const answer of tally?.answers ?? []) expect(shown).toContain(answer.text.trim());
  });

  it('ends with 結果のまとめ and 今後の方向性, headings for staff to fill in', () => {
    const [findings, outlook] = deck.slides.slice(-2);
    expect(findings.title).toBe('結果のまとめ');
    expect(texts(findings).join('\n')).toContain('■ 回答状況\n・');
    expect(outlook.title).toBe('今後の方向性');
  });
});

describe('every slide stays readable and on the page', () => {
  const deck = deckPlan(sampleDeckInput());
  const elements = deck.slides.flatMap((slide) => slide.elements.map((element) => ({ slide, element })));
  const sized = (element: Element) => (element.kind === 'text' || element.kind === 'table' ? element.size : null);

  it('sets nothing below 12 pt', () => {
    const sizes = elements.map(({ element }) => sized(element)).filter((size): size is number => size !== null);
    expect(Math.min(...sizes)).toBe(MIN_FONT_SIZE);
  });

  it('places everything on the 16:9 page, the bodies clear of the bottom edge', () => {
    for (const { slide, element } of elements) {
      const { left, top, width, height } = element.box;
      expect({ slide: slide.title, left: left >= 0, top: top >= 0, right: left + width <= PAGE.width + 0.01, bottom: top + height <= PAGE.height + 0.01 })
        .toEqual({ slide: slide.title, left: true, top: true, right: true, bottom: true });
      expect(top + height).toBeLessThanOrEqual(BODY_BOTTOM + 0.01);
    }
  });

  it('gives every table columns that add up to its width, none narrower than Slides allows (32 pt)', () => {
    for (const { element } of elements) {
      if (element.kind !== 'table') continue;
      expect(element.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(element.box.width, 5);
      expect(Math.min(...element.columnWidths)).toBeGreaterThanOrEqual(32);
      expect(element.rows.every((row) => row.length === element.columnWidths.length)).toBe(true);
    }
  });

  it('never leaves a text empty (Slides would have nothing to style)', () => {
    for (const { element } of elements) if (element.kind === 'text') expect(element.text.trim()).not.toBe('');
  });
});

describe('another form, without a roster', () => {
  const survey: Survey = {
    title: '研修アンケート', description: '', sections: [{ title: '研修アンケート', description: '' }],
    collectsEmail: false, publishedUrl: 'https://example.test/form', fromForm: true,
    questions: [
      { id: '1', title: '所属', kind: 'choice', type: 'DROP_DOWN', required: true, section: 0, options: ['病院', '訪問看護', '行政'], hasOther: false },
      { id: '3', title: '満足度', kind: 'scale', required: false, section: 0, low: 1, high: 5, lowLabel: '不満', highLabel: '満足' },
      { id: '5', title: '感想', kind: 'text', required: false, section: 0, paragraph: true },
    ],
  };
  const long = `${'とても長い感想です。'.repeat(120)}終わり`;
  const sheet: CellValue[][] = [
    ['タイムスタンプ', '所属', '満足度', '感想'],
    [new Date(Date.UTC(2024, 5, 1, 1)), '病院', 5, long],
    [new Date(Date.UTC(2024, 5, 3, 1)), '行政', 4, ''],
  ];
  const layout = webSheetLayout(sheet, survey);
  if (!layout) throw new Error('no layout');
  const summary = summarize({
    survey, respondents: readWebRespondents(sheet, survey, layout, 'Asia/Tokyo'), roster: null, timeZone: 'Asia/Tokyo', missingColumns: [], ignoredColumns: [],
    settings: { classifierIds: ['1'], layered: [], excludedIds: [], optionOrder: 'form', textWithClassifiers: true, audiences: [], countHeadings: [] },
  });
  const simpleSheet = summarySheets(summary, 'Asia/Tokyo').find((sheetPlan) => sheetPlan.key === 'simple')?.plan;
  if (!simpleSheet) throw new Error('no 単純集計');
  const deck = deckPlan({ summary, report: { organiser: '' }, deadline: null, simpleSheet, madeAt: { day: '2024-06-10', time: '10:00' }, comparison: null });

  it('shows the answers without a response rate, and says why', () => {
    const [slide] = of(deck, 'response');
    expect(texts(slide)).toEqual(expect.arrayContaining(['2人', '名簿シートがないため、送付数と回答率は表示していません。']));
    expect(texts(slide).some((text) => text.includes('%'))).toBe(false);
    expect(texts(of(deck, 'purpose')[0])).toContain('（調査の目的を記入してください）');
  });

  it('charts the scale question and the classifier like any other', () => {
    expect(deck.slides.flatMap((slide) => slide.elements.filter((element) => element.kind === 'chart'))).toHaveLength(2);
    expect(of(deck, 'breakdown')[0].title).toBe('回答者の内訳：所属');
  });

  it('continues an answer too long for one slide on the next, cutting nothing', () => {
    const slides = titledAs(deck, '自由記述：感想');
    expect(slides.length).toBeGreaterThan(1);
    const pieces = bodyRows(slides).map((row) => row[1]);
    expect(pieces.every((piece, index) => (index === 0) !== piece.startsWith('（続き）'))).toBe(true);
    expect(pieces.map((piece) => piece.replace(/^（続き）/, '')).join('')).toBe(long);
    expect(bodyRows(slides).every((row) => row[0] === '1' && row[2] === '病院')).toBe(true);
  });
});

describe('a survey with more free-text answers than a deck should hold', () => {
  const survey: Survey = {
    title: '大規模調査', description: '', sections: [{ title: '', description: '' }], collectsEmail: false, publishedUrl: '', fromForm: true,
    questions: [{ id: '5', title: '感想', kind: 'text', required: false, section: 0, paragraph: true }],
  };
  const sheet: CellValue[][] = [['タイムスタンプ', '感想'], ...Array.from({ length: 250 }, (_, index) => [new Date(Date.UTC(2024, 5, 1, 1, index)), `感想その${index + 1}`])];
  const layout = webSheetLayout(sheet, survey);
  if (!layout) throw new Error('no layout');
  const summary = summarize({
    survey, respondents: readWebRespondents(sheet, survey, layout, 'Asia/Tokyo'), roster: null, timeZone: 'Asia/Tokyo', missingColumns: [], ignoredColumns: [],
    settings: { classifierIds: [], layered: [], excludedIds: [], optionOrder: 'form', textWithClassifiers: true, audiences: [], countHeadings: [] },
  });
  const simpleSheet = summarySheets(summary, 'Asia/Tokyo').find((sheetPlan) => sheetPlan.key === 'simple')?.plan;
  if (!simpleSheet) throw new Error('no 単純集計');
  const deck = deckPlan({ summary, report: { organiser: '' }, deadline: null, simpleSheet, madeAt: { day: '2024-06-10', time: '10:00' }, comparison: null });

  it('shows the first answers on twenty slides and says where the others are', () => {
    const slides = titledAs(deck, '自由記述：感想');
    expect(slides).toHaveLength(MAX_TEXT_SLIDES);
    const shown = bodyRows(slides).length;
    expect(shown).toBe(190);
    expect(texts(slides[slides.length - 1])).toContain(`ほか ${250 - shown} 件の回答は、スプレッドシートの「自由記述」シートにあります（回答は全部で 250 件）。`);
  });
});

describe('answers that match nobody on the roster', () => {
  it('falls back to the respondents when some answers match nobody on the roster', () => {
    const deck = deckPlan(sampleDeckInput({}, { ...SAMPLE_ROSTER, responded: 80 }));
    expect(texts(of(deck, 'response')[0])).toEqual(expect.arrayContaining(['80人', '63.5%', '回答者数は82人（名簿の人と照合できない回答を含みます）。']));
  });
});
