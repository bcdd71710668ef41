/**
 * Every chart of the workbook as an SVG file, drawn by Vega from the
 * Vega-Lite specification in chart-spec.ts, and as a PNG (drawn from the SVG
 * by resvg, at twice the size for print) for the xlsx, which takes no SVG.
 * Vega and Vega-Lite are ES modules only, hence the dynamic imports.
 */
import { Resvg } from '@resvg/resvg-js';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { WorkbookView } from '../../emulator/view';
import { chartSpec } from './chart-spec';
import { safeFileNames } from './names';

export interface RenderedChart {
  readonly sheet: string;
  readonly chartId: string;
  readonly title: string;
  /** The SVG. */
  readonly file: string;
  readonly png: string;
  /** The SVG's size in pixels (the PNG has twice as many each way). */
  readonly width: number;
  readonly height: number;
}

/** The PNG's pixels per SVG pixel: sharp on paper. */
const PNG_ZOOM = 2;
/** Resvg picks each text's font from the SVG's list among the machine's fonts; this one where none is found. */
const FALLBACK_FONT = 'Noto Sans CJK JP';

/** CJK ideographs, kana, Hangul and full-width forms: about one em wide. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

interface TextItem { readonly fontSize?: number; readonly limit?: number }
type WidthMeasure = (item: TextItem, text: unknown) => number;

/**
 * Without a canvas Vega guesses 0.8 em per character, too little for
 * Japanese: labels would run past the edge of the SVG. This counts a wide
 * character as 1 em and any other as 0.6 em, capped at the label's limit
 * (Vega shortens longer labels with an ellipsis).
 */
function estimateTextWidth(item: TextItem, text: unknown): number {
  let ems = 0;
  for (const char of String(text ?? '').trim()) ems += WIDE.test(char) ? 1 : 0.6;
  const width = ems * (item.fontSize ?? 11);
  return item.limit && item.limit > 0 ? Math.min(width, item.limit) : width;
}

/** Writes `<dir>/charts/<sheet>-<n>.svg` and `.png` (n counts the sheet's charts from 1); TABLE charts draw nothing. */
export async function renderCharts(view: WorkbookView, dir: string): Promise<RenderedChart[]> {
  const vega = await import('vega');
  const vegaLite = await import('vega-lite');
  // Vega's documented hook for measuring text without a canvas; its typings omit it.
  (vega as unknown as { textMetrics: { width: WidthMeasure } }).textMetrics.width = estimateTextWidth;
  const chartsDir = join(dir, 'charts');
  await mkdir(chartsDir, { recursive: true });
  const drawn = view.sheets.flatMap((sheet) => sheet.charts.flatMap((chart, index) => {
    const spec = chartSpec(chart);
    return spec ? [{ sheet: sheet.name, chart, spec, name: `${sheet.name}-${index + 1}` }] : [];
  }));
  const names = safeFileNames(drawn.map((entry) => entry.name));
  const rendered: RenderedChart[] = [];
  for (const [index, { sheet, chart, spec }] of drawn.entries()) {
    const svgView = new vega.View(vega.parse(vegaLite.compile(spec).spec), { renderer: 'none' });
    const svg = await svgView.toSVG();
    svgView.finalize();
    const file = join(chartsDir, `${names[index]}.svg`);
    await writeFile(file, svg, 'utf8');
    const drawing = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: FALLBACK_FONT }, fitTo: { mode: 'zoom', value: PNG_ZOOM } });
    const png = join(chartsDir, `${names[index]}.png`);
    await writeFile(png, drawing.render().asPng());
    rendered.push({ sheet, chartId: chart.id, title: chart.title, file, png, width: drawing.width, height: drawing.height });
  }
  return rendered;
}
