/**
 * How big a summary chart is drawn and what marks its bars and slices, so
 * that every option's label and figure can be read: a bar chart grows with
 * its options and keeps room for the longest label, a pie is tall enough for
 * a legend line per slice.
 */
import type { ChartKind, ChartSize } from '../../model/sheet-plan';
import { CHART_LABEL_FONT_PX, DEFAULT_CHART_SIZE } from '../../model/sheet-plan';

/** A label wider than this is cut by Sheets; the table beside the chart has it whole. */
const MAX_LABEL_WIDTH = 560;
/** Room for the bars themselves, their counts and the axis, beside the labels. */
const BARS_WIDTH = 380;
/** Pixels per bar, and above and below the bars (title, axis, padding). */
const BAR_STEP = 26;
const BAR_FRAME = 100;
/** Pixels per legend line of a pie, and above and below it. */
const LEGEND_STEP = 20;
const LEGEND_FRAME = 110;

/** CJK ideographs, kana, Hangul and full-width forms: about one em wide; the rest about half. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** The width of a label in pixels at `fontPx`, as a proportional Japanese font sets it. */
export function textWidth(text: string, fontPx: number): number {
  let ems = 0;
  for (const char of text) ems += WIDE.test(char) ? 1 : 0.55;
  return Math.ceil(ems * fontPx);
}

export interface ChartLayout {
  readonly size: ChartSize;
  readonly labelWidth?: number;
}

/** The size of a chart of `kind` over these category labels, with `series` bars to a label. */
export function chartLayout(kind: ChartKind, labels: readonly string[], series = 1): ChartLayout {
  switch (kind) {
    case 'BAR': {
      const widest = labels.reduce((max, label) => Math.max(max, textWidth(label, CHART_LABEL_FONT_PX)), 0);
      const room = Math.min(MAX_LABEL_WIDTH, widest + 16);
      return {
        size: { width: room + BARS_WIDTH, height: Math.max(DEFAULT_CHART_SIZE.height, BAR_FRAME + BAR_STEP * series * labels.length) },
        labelWidth: room,
      };
    }
    case 'PIE':
      return { size: { width: DEFAULT_CHART_SIZE.width, height: Math.max(DEFAULT_CHART_SIZE.height, LEGEND_FRAME + LEGEND_STEP * labels.length) } };
    case 'COLUMN':
    case 'LINE':
      return { size: DEFAULT_CHART_SIZE };
  }
}
