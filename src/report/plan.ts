/**
 * The report deck, slide by slide, from the figures 集計を作成 computes, in
 * the order of the first round's report: title, purpose, method, response
 * rate, the respondents' breakdown, a slide per question, the layered tables,
 * the cross tables, the free text, then 結果のまとめ and 今後の方向性 for
 * staff to fill in. Everything comes from the form, the answers and 設定.
 */
import type { Day } from '../model/dates';
import type { ChartPlan, SheetPlan } from '../model/sheet-plan';
import { REPORT, SUMMARY, SUMMARY_SHEETS } from '../messages';
import type { ReportSettings } from '../settings/settings';
import type { WrittenAnswer } from '../summary/columns';
import type { Classes, CrossBlock, CrossTab } from '../summary/crosstab';
import { optionOrder } from '../summary/sheets/order';
import type { Summary } from '../summary/summarize';
import type { ChoiceTally } from '../summary/tally';
import { audienceLine } from '../summary/reach';
import type { Box, Deck, Element, SlideKind } from './deck';
import { chartTableSlides } from './chart-table';
import type { ComparisonInput } from './comparison';
import { comparisonSlides } from './comparison';
import { COLORS } from './deck';
import type { Draft } from './frame';
import { BODY, bodyHeight, bottomOf, count, paged, percent, roomUnder, rule, text, titled } from './frame';
import { LINE_HEIGHT, PAD_X, PAD_Y, splitLines, textHeight } from './measure';
import type { Column, Row } from './tables';
import { columnWidths, pageRows, TABLE_FONT_SIZE, tableElement } from './tables';

export interface DeckInput {
  readonly summary: Summary;
  readonly report: ReportSettings;
  /** 回答締切日 from 設定: the end of the answering period, when set. */
  readonly deadline: Day | null;
  /** 単純集計 as 集計を作成 writes it: each question's chart is a picture of its chart there. */
  readonly simpleSheet: SheetPlan;
  /** When the deck is made, in the spreadsheet's time zone ('HH:mm'). */
  readonly madeAt: { readonly day: Day; readonly time: string };
  /** 前回との比較, when a previous round is imported. */
  readonly comparison: ComparisonInput | null;
}

/** Beside a chart, the question's table gets what the chart leaves of the width. */
const SIDE_CHART_WIDTH = 360;
const GAP = 16;
/** About ten free-text answers a slide, fewer when they are long. */
const TEXTS_PER_SLIDE = 10;
/**
 * Slides a free-text list takes at most, the last saying where the rest is
 * (the 自由記述 sheet has every answer): the deck stays a deck at any number
 * of answers.
 */
export const MAX_TEXT_SLIDES = 20;
/** A cross table shows at most this many classes (e.g. occupations) side by side; more go on the next slide. */
const CLASSES_PER_SLIDE = 6;
const CLASS_WIDTH = 56;
const COUNT_WIDTH = 56;
const SHARE_WIDTH = 64;

export function deckPlan(input: DeckInput): Deck {
  const { summary } = input;
  const classifierIds = new Set(summary.classifiers.map((classes) => classes.field.id));
  const tallies = summary.choices;
  const tables = summary.crosstabs.filter((table): table is CrossTab => table.kind === 'table');
  const drafts: Draft[] = [
    titleSlide(input),
    purposeSlide(summary.survey.description),
    methodSlide(input),
    responseSlide(summary),
    ...tallies.filter((tally) => classifierIds.has(tally.field.id))
      .flatMap((tally) => questionSlides('breakdown', REPORT.breakdownTitle(tally.field.title), tally, input)),
    ...tallies.filter((tally) => !classifierIds.has(tally.field.id))
      .flatMap((tally) => questionSlides('question', tally.field.title, tally, input)),
    // A table the response sheet could not give (列なし) is named on 集計を作成's sheets, not drawn here.
    ...tables.filter((table) => table.within).flatMap((table) => layeredSlides(table, summary)),
    ...tables.filter((table) => !table.within).flatMap((table) => crossSlides(table, summary)),
    ...textSlides(summary),
    ...(input.comparison ? comparisonSlides(input.comparison) : []),
    notesSlide('findings', REPORT.findingsTitle, REPORT.findingsHeadings),
    notesSlide('outlook', REPORT.outlookTitle, REPORT.outlookHeadings),
  ];
  const stamp = `${input.madeAt.day.replace(/-/g, '/')} ${input.madeAt.time}`;
  return { name: REPORT.deckName(summary.survey.title, stamp), slides: drafts };
}

function japaneseDate(day: Day): string {
  const [year, month, date] = day.split('-').map(Number);
  return REPORT.date(year, month, date);
}

/** "⑤-1) 支援に…" → "⑤-1": the number a question goes by, or its whole title when it has none. */
function questionNumber(title: string): string {
  const match = /^\s*([0-9０-９\u2460-\u2473\u3251-\u325f\u32b1-\u32bf]+(?:\s*[-‐‑–—−ー－]\s*[0-9０-９]+)*)(?=[\s).）:：、]|$)/.exec(title);
  return match ? match[1] : title;
}

// ── Title, purpose, method ─────────────────────────────────────────────────

function titleSlide(input: DeckInput): Draft {
  const { summary, report, madeAt } = input;
  const title = summary.survey.title;
  const size = textHeight(title, BODY.width, 28) <= 2 * 28 * LINE_HEIGHT + 2 * PAD_Y ? 28 : 22;
  const elements: Element[] = [rule({ left: BODY.left, top: 100, width: 96, height: 4 })];
  const add = (content: string, textSize: number, options: Parameters<typeof text>[5] = {}, gap = 6) => {
    const top = elements.length === 1 ? 112 : bottomOf(elements[elements.length - 1]) + gap;
    elements.push(text(BODY.left, top, BODY.width, content, textSize, options));
  };
  add(title, size, { bold: true });
  add(REPORT.subtitle, 20, { color: COLORS.muted });
  const days = summary.perDay;
  if (days.length > 0) add(REPORT.period(japaneseDate(days[0].day), japaneseDate(days[days.length - 1].day)), 16, {}, 24);
  if (report.organiser !== '') add(report.organiser, 18, { bold: true }, days.length > 0 ? 6 : 24);
  add(REPORT.madeOn(japaneseDate(madeAt.day)), 14, { color: COLORS.muted });
  return { kind: 'title', title, elements };
}

function bodyText(framed: { top: number }, content: string, size: number, color: string = COLORS.ink): Element {
  return text(BODY.left, framed.top, BODY.width, content, size, { color });
}

function purposeSlide(description: string): Draft {
  const framed = titled(REPORT.purposeTitle);
  const content = description.trim();
  // A long description steps down to the smallest readable size, never below.
  const size = [18, 16, 14, 12].find((candidate) => textHeight(content, BODY.width, candidate) <= bodyHeight(framed)) ?? 12;
  const body = content === '' ? bodyText(framed, REPORT.purposeHint, 18, COLORS.muted) : bodyText(framed, content, size);
  return { kind: 'purpose', title: REPORT.purposeTitle, elements: [...framed.elements, body] };
}

function methodSlide(input: DeckInput): Draft {
  const { summary, deadline } = input;
  const framed = titled(REPORT.methodTitle);
  const lines: string[] = [summary.roster ? REPORT.target(summary.roster.size) : REPORT.noTarget];
  const days = summary.perDay;
  if (days.length > 0) {
    const last = days[days.length - 1].day;
    lines.push(REPORT.answering(japaneseDate(days[0].day), japaneseDate(deadline && deadline > last ? deadline : last)));
  }
  const channels = (['web', 'paper'] as const).filter((channel) => summary.channels[channel] > 0);
  if (channels.length > 0) lines.push(REPORT.channels(channels.map((channel) => SUMMARY.channels[channel])));
  lines.push(REPORT.answers(summary.respondents, channels.length > 1
    ? channels.map((channel) => REPORT.channelPart(SUMMARY.channels[channel], summary.channels[channel]))
    : []));
  const body = bodyText(framed, lines.map((line) => `${REPORT.bullet}${line}`).join('\n'), 18);
  return { kind: 'method', title: REPORT.methodTitle, elements: [...framed.elements, body] };
}

// ── Response rate ───────────────────────────────────────────────────────────

function responseSlide(summary: Summary): Draft {
  const framed = titled(REPORT.responseTitle);
  const elements: Element[] = [...framed.elements];
  const { roster } = summary;
  const cards: Array<{ label: string; figure: string; note?: string }> = roster
    ? [
      { label: REPORT.sent, figure: REPORT.people(count(roster.size)) },
      { label: REPORT.answered, figure: REPORT.people(count(roster.responded)) },
      { label: REPORT.rate, figure: percent(roster.responded, roster.size) || '—', note: REPORT.rateFormula(count(roster.responded), count(roster.size)) },
    ]
    : [{ label: REPORT.answered, figure: REPORT.people(count(summary.respondents)) }];
  const cardWidth = (BODY.width - 2 * GAP) / 3;
  cards.forEach((card, index) => {
    const left = BODY.left + index * (cardWidth + GAP);
    const label = text(left, framed.top, cardWidth, card.label, 16, { color: COLORS.muted });
    const figure = text(left, bottomOf(label), cardWidth, card.figure, 36, { bold: true });
    elements.push(label, figure);
    if (card.note) elements.push(text(left, bottomOf(figure), cardWidth, card.note, 14, { color: COLORS.muted }));
  });
  let top = Math.max(...elements.slice(framed.elements.length).map(bottomOf)) + 20;
  if (!roster) {
    const note = text(BODY.left, top, BODY.width, SUMMARY.noRoster, 14, { color: COLORS.muted });
    elements.push(note);
    top = bottomOf(note) + 12;
  } else if (summary.respondents !== roster.responded) {
    const note = text(BODY.left, top, BODY.width, REPORT.respondentsBesides(count(summary.respondents)), 14, { color: COLORS.muted });
    elements.push(note);
    top = bottomOf(note) + 12;
  }
  const columns: Column[] = [
    { header: SUMMARY.channel, width: 'flex', align: 'start' },
    { header: SUMMARY.count, width: 80, align: 'end' },
    { header: SUMMARY.share, width: 80, align: 'end' },
  ];
  const { web, paper } = summary.channels;
  const rows: Row[] = [
    { cells: [SUMMARY.channels.web, count(web), percent(web, summary.respondents)] },
    { cells: [SUMMARY.channels.paper, count(paper), percent(paper, summary.respondents)] },
    { cells: [SUMMARY.subtotal, count(summary.respondents), percent(summary.respondents, summary.respondents)], bold: true },
  ];
  elements.push(tableElement(BODY.left, top, 360, columns, rows));
  return { kind: 'response', title: REPORT.responseTitle, elements };
}

// ── A slide per question ────────────────────────────────────────────────────

/** The sheet chart of a question: 単純集計 has one per question, titled as the question. */
function chartOf(simple: SheetPlan, title: string): ChartPlan | undefined {
  return simple.charts.find((chart) => chart.title === title);
}

/** Alt text: every category and figure the chart draws, read from the sheet's cells it draws them from. */
function chartDescription(simple: SheetPlan, chart: ChartPlan): string {
  const { row, column, numRows } = chart.data;
  const figures = simple.values.slice(row, row - 1 + numRows).map((cells) => {
    const value = cells[column];
    const share = cells[column + 1];
    return REPORT.chartFigure(String(cells[column - 1]), typeof value === 'number' ? count(value) : String(value),
      typeof share === 'number' ? percent(share, 1) : '');
  });
  return REPORT.chartDescription(chart.title, figures);
}

function chartElement(box: Box, simple: SheetPlan, chart: ChartPlan): Element {
  return {
    kind: 'chart', box, source: { sheet: 'simple', anchorRow: chart.anchor.row, anchorColumn: chart.anchor.column },
    description: chartDescription(simple, chart),
  };
}

function questionRows(tally: ChoiceTally, summary: Summary): Row[] {
  const share = (value: number) => percent(value, tally.answered);
  const rows: Row[] = optionOrder(tally.counts, summary.settings.optionOrder)
    .map((index) => ({ cells: [tally.labels[index], count(tally.counts[index]), share(tally.counts[index])] }));
  if (tally.other > 0 || (tally.field.kind === 'choice' && tally.field.hasOther)) rows.push({ cells: [SUMMARY.other, count(tally.other), share(tally.other)] });
  return rows;
}

/** The question's chart and its table (see chart-table.ts). */
function questionSlides(kind: SlideKind, title: string, tally: ChoiceTally, input: DeckInput): Draft[] {
  const { summary, simpleSheet } = input;
  // Those who answered head the option column; 無回答 only when someone left it blank; a question on a branch says whom it was for.
  const audience = tally.reach ? `${audienceLine(tally.reach, summary.survey)}・${SUMMARY.notAsked} ${count(tally.reach.notAsked)}・` : '';
  const who = `${audience}${SUMMARY.respondents} ${count(tally.answered)}${tally.unanswered > 0 ? `・${SUMMARY.blank} ${count(tally.unanswered)}` : ''}`;
  const columns = (countWidth: number, shareWidth: number): Column[] => [
    { header: `${SUMMARY.option}（${who}）`, width: 'flex', align: 'start' },
    { header: SUMMARY.count, width: countWidth, align: 'end' },
    { header: SUMMARY.share, width: shareWidth, align: 'end' },
  ];
  const rows = questionRows(tally, summary);
  const chart = chartOf(simpleSheet, tally.field.title);
  return chartTableSlides({
    kind, title, chartWidth: SIDE_CHART_WIDTH,
    chart: chart ? (box) => chartElement(box, simpleSheet, chart) : null,
    side: { columns: columns(44, 56), rows },
    wide: { columns: columns(COUNT_WIDTH, SHARE_WIDTH), rows },
  });
}

// ── Layered tables (e.g. support × occupation within each region) ──────────

/** Those who answered, then each option's count, then each option's share (as the sheet has them). */
function layeredColumns(table: CrossTab, first: string, options: readonly number[]): Column[] {
  return [
    { header: first, width: 'flex', align: 'start' },
    { header: SUMMARY.respondents, width: COUNT_WIDTH + 8, align: 'end' },
    ...options.map((index): Column => ({ header: table.labels[index], width: COUNT_WIDTH, align: 'end' })),
    ...options.map((index): Column => ({ header: SUMMARY.shareOf(table.labels[index]), width: SHARE_WIDTH, align: 'end' })),
  ];
}

function layeredRow(label: string, counts: CrossBlock['total'], options: readonly number[], bold = false): Row {
  return {
    cells: [label, count(counts.answered), ...options.map((index) => count(counts.counts[index])), ...options.map((index) => percent(counts.counts[index], counts.answered))],
    bold,
  };
}

/**
 * An overview with a line per `within` option (each region's respondents and
 * rate), then per option of `within` the table by `by` (occupations).
 */
function layeredSlides(table: CrossTab, summary: Summary): Draft[] {
  const within = table.within;
  if (!within) return [];
  const options = optionOrder(table.total.counts, summary.settings.optionOrder);
  const blocks = table.blocks.filter((block) => block.label !== null && block.total.answered > 0);
  const slidesFor = (title: string, first: string, rows: Row[]) => {
    const columns = layeredColumns(table, first, options);
    return paged(title, pageRows(columns, rows, BODY.width, roomUnder(title)), (page, pageTitle) => {
      const frame = titled(pageTitle);
      return { kind: 'layered', title: pageTitle, elements: [...frame.elements, tableElement(BODY.left, frame.top, BODY.width, columns, page)] };
    });
  };
  const overview = slidesFor(REPORT.layeredOverview(table.question.title, within.title), within.title, [
    ...blocks.map((block) => layeredRow(block.label as string, block.total, options)),
    layeredRow(SUMMARY.subtotal, table.total, options, true),
  ]);
  return [
    ...overview,
    ...blocks.flatMap((block) => slidesFor(
      REPORT.layeredBlock(questionNumber(table.question.title), table.by.title, block.label as string), table.by.title,
      [...block.rows.filter((row) => row.answered > 0).map((row) => layeredRow(row.label, row, options)), layeredRow(SUMMARY.subtotal, block.total, options, true)],
    )),
  ];
}

// ── Cross tables ────────────────────────────────────────────────────────────

/** Evenly sized groups of at most `size`. */
function chunks<T>(items: readonly T[], size: number): T[][] {
  const groups = Math.max(1, Math.ceil(items.length / size));
  const per = Math.ceil(items.length / groups);
  return Array.from({ length: groups }, (_, index) => items.slice(index * per, (index + 1) * per));
}

/**
 * Options down, the classes that answered across, then 総計 and a 回答者数
 * row; more classes than fit go on further slides, each with 総計.
 */
function crossSlides(table: CrossTab, summary: Summary): Draft[] {
  const [block] = table.blocks;
  const classes = block.rows.filter((row) => row.answered > 0);
  const options = optionOrder(table.total.counts, summary.settings.optionOrder);
  const title = SUMMARY.crossTitle(table.question.title, table.by.title);
  const pages = chunks(classes, CLASSES_PER_SLIDE).flatMap((group) => {
    const columns: Column[] = [
      { header: SUMMARY.option, width: 'flex', align: 'start' },
      ...group.map((row): Column => ({ header: row.label, width: CLASS_WIDTH, align: 'end' })),
      { header: SUMMARY.total, width: CLASS_WIDTH, align: 'end' },
    ];
    const line = (label: string, pick: (counts: CrossBlock['total']) => number, bold = false): Row => ({
      cells: [label, ...group.map((row) => count(pick(row))), count(pick(table.total))], bold,
    });
    const rows = [
      ...options.map((index) => line(table.labels[index], (counts) => counts.counts[index])),
      ...(table.total.other > 0 ? [line(SUMMARY.other, (counts) => counts.other)] : []),
      line(SUMMARY.respondents, (counts) => counts.answered, true),
    ];
    return pageRows(columns, rows, BODY.width, roomUnder(title)).map((page) => ({ columns, page }));
  });
  return paged(title, pages, ({ columns, page }, pageTitle) => {
    const frame = titled(pageTitle);
    return { kind: 'cross', title: pageTitle, elements: [...frame.elements, tableElement(BODY.left, frame.top, BODY.width, columns, page)] };
  });
}

// ── Free text ───────────────────────────────────────────────────────────────

/** A respondent's class as the cell beside their answer: その他 for an Other answer, empty when they left it blank. */
function classCell(classes: Classes): (respondent: number) => string {
  const names = [...classes.labels.slice(0, -1), ''];
  return (respondent) => classes.perRespondent[respondent].map((index) => names[index]).join('、');
}

const NUMBER_WIDTH = 44;
const CLASS_COLUMN_WIDTH = 120;

/**
 * Every text answer verbatim, then every "Other" answer, about ten a slide,
 * with the 分類 answers beside each (when 設定 says so). An answer too long
 * for one slide continues on the next.
 */
function textSlides(summary: Summary): Draft[] {
  const classifiers = summary.settings.textWithClassifiers ? summary.classifiers : [];
  const cells = classifiers.map(classCell);
  const columns: Column[] = [
    { header: SUMMARY.number, width: NUMBER_WIDTH, align: 'end' },
    { header: SUMMARY.answer, width: 'flex', align: 'start' },
    ...classifiers.map((classes): Column => ({ header: classes.field.title, width: CLASS_COLUMN_WIDTH, align: 'start' })),
  ];
  const answerWidth = columnWidths(columns, BODY.width)[1];
  const list = (listTitle: string, answers: readonly WrittenAnswer[]): Draft[] => {
    const title = REPORT.textsTitle(listTitle);
    const room = roomUnder(title);
    const headerHeight = textHeight(SUMMARY.answer, answerWidth, TABLE_FONT_SIZE);
    const maxLines = Math.floor((room - headerHeight - 2 * PAD_Y) / (TABLE_FONT_SIZE * LINE_HEIGHT));
    // No more answers than the slides can show are laid out, however many there are.
    const considered = answers.slice(0, MAX_TEXT_SLIDES * TEXTS_PER_SLIDE);
    const rows: Row[] = answers.length === 0
      ? [{ cells: ['', SUMMARY.noTexts, ...cells.map(() => '')] }]
      : considered.flatMap(({ respondent, text: answer }, index) => splitLines(answer.trim(), answerWidth - 2 * PAD_X, TABLE_FONT_SIZE, maxLines)
        .map((piece, part) => ({ cells: [String(index + 1), part === 0 ? piece : `${REPORT.continued}${piece}`, ...cells.map((cell) => cell(respondent))] })));
    let pages: Array<Row[] | 'rest'> = pageRows(columns, rows, BODY.width, room, TEXTS_PER_SLIDE);
    let rest = 0;
    if (pages.length > MAX_TEXT_SLIDES || considered.length < answers.length) {
      pages = pages.slice(0, MAX_TEXT_SLIDES - 1);
      rest = answers.length - new Set(pages.flatMap((page) => (page === 'rest' ? [] : page.map((row) => row.cells[0])))).size;
      pages.push('rest');
    }
    return paged(title, pages, (page, pageTitle) => {
      const frame = titled(pageTitle);
      const body = page === 'rest'
        ? bodyText(frame, REPORT.moreTexts(rest, answers.length, SUMMARY_SHEETS.texts), 18)
        : tableElement(BODY.left, frame.top, BODY.width, columns, page);
      return { kind: 'texts', title: pageTitle, elements: [...frame.elements, body] };
    });
  };
  return [
    ...summary.texts.flatMap((tally) => list(tally.field.title, tally.answers)),
    ...summary.choices.filter((tally) => tally.others.length > 0).flatMap((tally) => list(SUMMARY.otherAnswers(tally.field.title), tally.others)),
  ];
}

// ── For staff to fill in ────────────────────────────────────────────────────

function notesSlide(kind: SlideKind, title: string, headings: readonly string[]): Draft {
  const framed = titled(title);
  const body = headings.map((heading) => `${REPORT.heading(heading)}\n${REPORT.bullet}`).join('\n\n');
  return { kind, title, elements: [...framed.elements, bodyText(framed, body, 18)] };
}
