/**
 * The report deck as data: every slide with every element placed, in points
 * on Google Slides' 16:9 page. Pure code decides it all (src/report/plan.ts);
 * the adapter only draws it, in Google (src/gas/slides.ts) and, through the
 * emulator, into out/report.pptx.
 */
import type { SummarySheetKey } from '../summary/sheets';

/** A presentation SlidesApp.create makes is 16:9: 10 × 5.625 inches. */
export const PAGE = { width: 720, height: 405 } as const;

/** Nothing on a slide is set smaller than this: the back of a meeting room must read it. */
export const MIN_FONT_SIZE = 12;

/** One typeface throughout; Slides and LibreOffice both have Noto Sans for Japanese. */
export const FONT = 'Noto Sans JP';

/** A plain palette: dark text, one accent, a pale fill for table headers. */
export const COLORS = {
  ink: '#202124',
  muted: '#5f6368',
  accent: '#1a73e8',
  headerFill: '#e8f0fe',
  /** Table rules: light, so that the figures stand out. */
  border: '#bdc1c6',
} as const;

/** The weight of a table's rules, in points. */
export const BORDER_WEIGHT = 0.75;

export interface Box {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export type Align = 'start' | 'center' | 'end';

export interface TextElement {
  readonly kind: 'text';
  readonly box: Box;
  /** Paragraphs separated by '\n'. Never empty. */
  readonly text: string;
  readonly size: number;
  readonly bold: boolean;
  readonly color: string;
  readonly align: Align;
}

/** A filled bar without an outline (the accent line under a title). */
export interface RuleElement {
  readonly kind: 'rule';
  readonly box: Box;
  readonly color: string;
}

export interface TableElement {
  readonly kind: 'table';
  /** The height is the estimate the slide was laid out with; Slides grows rows to fit their text. */
  readonly box: Box;
  /** Points, adding up to box.width. */
  readonly columnWidths: readonly number[];
  /** The first row is the header (bold, on the header fill). Every row as long as columnWidths. */
  readonly rows: readonly (readonly string[])[];
  readonly align: readonly Align[];
  /** Further rows set bold: totals. */
  readonly boldRows: readonly number[];
  readonly size: number;
}

/** Which sheet chart a chart element is a picture of: a summary sheet and the chart's anchor cell there (1-based). */
export interface ChartSource {
  /** A summary sheet, or 前回との比較 (its grouped bars). */
  readonly sheet: SummarySheetKey | 'compare';
  readonly anchorRow: number;
  readonly anchorColumn: number;
}

/** How a chart's picture is looked up: 'simple@2:5'. */
export function chartKey(source: ChartSource): string {
  return `${source.sheet}@${source.anchorRow}:${source.anchorColumn}`;
}

export interface ChartElement {
  readonly kind: 'chart';
  readonly box: Box;
  readonly source: ChartSource;
  /** Alt text: the chart's title and every figure it shows. */
  readonly description: string;
}

export type Element = TextElement | RuleElement | TableElement | ChartElement;

export type SlideKind =
  | 'title' | 'purpose' | 'method' | 'response' | 'breakdown' | 'question' | 'layered' | 'cross' | 'texts' | 'compare' | 'findings' | 'outlook';

export interface Slide {
  readonly kind: SlideKind;
  /** The slide's heading as shown (the title slide: the form's title). */
  readonly title: string;
  readonly elements: readonly Element[];
}

export interface Deck {
  /** The file's name in Drive: dated, so that every run makes a deck of its own. */
  readonly name: string;
  readonly slides: readonly Slide[];
}
