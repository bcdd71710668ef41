/**
 * A chart with its table: side by side when the table fits beside the
 * chart; otherwise the chart on a slide of its own, as large as the slide
 * allows, and the table (its wide form) over as many slides as it takes.
 * Question slides and 前回との比較 share it.
 */
import type { Box, Element, SlideKind } from './deck';
import type { Draft } from './frame';
import { BODY, BODY_BOTTOM, bottomOf, paged, roomUnder, titled } from './frame';
import type { Column, Row } from './tables';
import { pageRows, tableElement } from './tables';

/** A sheet chart is 600 × 371 px unless sized otherwise; its picture keeps that shape. */
const CHART_RATIO = 600 / 371;
const GAP = 16;
/** Between a lead line and what stands under it. */
const LEAD_GAP = 4;

export interface TableForm {
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
}

export interface ChartTableInput {
  readonly kind: SlideKind;
  readonly title: string;
  /** A line under the heading on every slide, above the chart and the table (whom the figures are of). */
  readonly lead?: (top: number) => Element;
  /** The chart's picture in a box; null when there is no chart. */
  readonly chart: ((box: Box) => Element) | null;
  /** How wide the chart is beside the table. */
  readonly chartWidth: number;
  /** The table beside the chart. */
  readonly side: TableForm;
  /** The table on slides of its own. */
  readonly wide: TableForm;
}

export function chartTableSlides(input: ChartTableInput): Draft[] {
  const { kind, title, lead, chart, chartWidth } = input;
  /** The frame's elements with the lead line, and where the body starts under them. */
  const framedWith = (heading: string) => {
    const frame = titled(heading);
    const line = lead?.(frame.top);
    return { elements: line ? [...frame.elements, line] : frame.elements, top: line ? bottomOf(line) + LEAD_GAP : frame.top, leadHeight: line ? bottomOf(line) + LEAD_GAP - frame.top : 0 };
  };
  const framed = framedWith(title);
  const tableLeft = BODY.left + chartWidth + GAP;
  const sideWidth = BODY.left + BODY.width - tableLeft;
  if (chart && pageRows(input.side.columns, input.side.rows, sideWidth, BODY_BOTTOM - framed.top).length === 1) {
    const box = { left: BODY.left, top: framed.top, width: chartWidth, height: chartWidth / CHART_RATIO };
    return [{ kind, title, elements: [...framed.elements, chart(box), tableElement(tableLeft, framed.top, sideWidth, input.side.columns, input.side.rows)] }];
  }
  const { columns, rows } = input.wide;
  const pages: Array<'chart' | Row[]> = [...(chart ? ['chart' as const] : []), ...pageRows(columns, rows, BODY.width, roomUnder(title) - framed.leadHeight)];
  return paged(title, pages, (page, pageTitle) => {
    const frame = framedWith(pageTitle);
    if (page !== 'chart') return { kind, title: pageTitle, elements: [...frame.elements, tableElement(BODY.left, frame.top, BODY.width, columns, page)] };
    const height = Math.min(BODY_BOTTOM - frame.top, BODY.width / CHART_RATIO);
    const width = height * CHART_RATIO;
    const box = { left: BODY.left + (BODY.width - width) / 2, top: frame.top, width, height };
    return { kind, title: pageTitle, elements: [...frame.elements, (chart as (box: Box) => Element)(box)] };
  });
}
