/**
 * The frame every content slide shares: the heading at the top with an
 * accent line under it, the body below. Slide numbers are left to Slides and
 * PowerPoint (Insert ▸ Slide numbers), which keep them right when staff
 * delete or move a slide.
 */
import { REPORT } from '../messages';
import type { Align, Box, Element, RuleElement, Slide, TextElement } from './deck';
import { COLORS, PAGE } from './deck';
import { lineCount, PAD_X, textHeight } from './measure';

const MARGIN = 36;
/** The body's column: the page less its margins. */
export const BODY = { left: MARGIN, width: PAGE.width - 2 * MARGIN } as const;
const TITLE_TOP = 8;
/** A heading of up to two lines at 20 pt; a longer one at 18 pt. */
const TITLE_SIZES = [20, 18] as const;
/** Where the body must end: a margin above the bottom edge, room for a slide number staff may add. */
export const BODY_BOTTOM = PAGE.height - 16;

export interface TextOptions {
  readonly bold?: boolean;
  readonly color?: string;
  readonly align?: Align;
}

/** A text box `width` wide at (left, top), as tall as its text. */
export function text(left: number, top: number, width: number, content: string, size: number, options: TextOptions = {}): TextElement {
  return {
    kind: 'text', box: { left, top, width, height: textHeight(content, width, size) }, text: content, size,
    bold: options.bold ?? false, color: options.color ?? COLORS.ink, align: options.align ?? 'start',
  };
}

export function rule(box: Box, color: string = COLORS.accent): RuleElement {
  return { kind: 'rule', box, color };
}

export function bottomOf(element: Element): number {
  return element.box.top + element.box.height;
}

export interface Framed {
  readonly elements: Element[];
  /** Where the body starts. */
  readonly top: number;
}

/** The heading and its accent line; the body starts below them. */
export function titled(title: string): Framed {
  const size = TITLE_SIZES.find((candidate) => lineCount(title, BODY.width - 2 * PAD_X, candidate) <= 2) ?? TITLE_SIZES[TITLE_SIZES.length - 1];
  const heading = text(BODY.left, TITLE_TOP, BODY.width, title, size, { bold: true });
  const line = rule({ left: BODY.left, top: bottomOf(heading) + 2, width: BODY.width, height: 2 });
  return { elements: [heading, line], top: bottomOf(line) + 6 };
}

/** The room a body has under a heading. */
export function bodyHeight(framed: Framed): number {
  return BODY_BOTTOM - framed.top;
}

/** A slide being laid out: its elements still open to additions. */
export type Draft = Omit<Slide, 'elements'> & { readonly elements: Element[] };

/** 1,234 */
export function count(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 65.1% (one decimal, as the summary sheets show shares); '' when there is nothing to divide by. */
export function percent(part: number, whole: number): string {
  if (whole <= 0) return '';
  return `${(Math.round((part / whole) * 1000) / 10).toFixed(1)}%`;
}

export function paged<T>(title: string, pages: readonly T[], build: (page: T, title: string) => Draft): Draft[] {
  return pages.map((page, index) => build(page, pages.length > 1 ? REPORT.page(title, index + 1, pages.length) : title));
}

/** The room under `title` once it carries a page number such as （2/3）: what a table is cut to fit. */
export function roomUnder(title: string): number {
  return bodyHeight(titled(REPORT.page(title, 88, 88)));
}

