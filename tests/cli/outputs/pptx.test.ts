import { existsSync, mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementView, PresentationView, TextView } from '../../../emulator';
import type { WorkbookView } from '../../../emulator/view';
import { PIE, VIEW } from './fixture';
import { callInNode } from './node-run';

/** pptxgenjs loads Node's modules by dynamic import, which Jest cannot: the writer runs in a child Node process. */
const writeReportPptx = (deck: PresentationView, workbook: WorkbookView, out: string) => callInNode<void>('cli/outputs/pptx.ts', 'writeReportPptx', [deck, workbook, out]);

const styled: TextView = { text: '回答率 65.1%', fontSize: 36, bold: true, fontFamily: 'Noto Sans JP', color: '#202124', align: 'START' };
const box = { left: 36, top: 60, width: 300, height: 60 };

function deck(...elements: ElementView[]): PresentationView {
  return {
    id: 'd', name: '報告', url: 'https://docs.google.com/presentation/d/d/edit', owner: 'staff@example.jp', createdAt: new Date(0),
    pageWidth: 720, pageHeight: 405, slides: [{ objectId: 's', elements }],
  };
}

const file = () => join(mkdtempSync(join(tmpdir(), 'followup-pptx-')), 'report.pptx');

describe('report.pptx from the deck', () => {
  it('writes text, a rule, a table and a sheet chart as a native chart', async () => {
    const out = file();
    await writeReportPptx(deck(
      { kind: 'shape', objectId: 't', box, shapeType: 'TEXT_BOX', text: styled, fill: 'none', outline: false, description: '' },
      { kind: 'shape', objectId: 'r', box: { ...box, height: 2 }, shapeType: 'RECTANGLE', text: { ...styled, text: '' }, fill: '#1a73e8', outline: false, description: '' },
      {
        kind: 'table', objectId: 'tb', box, description: '', columnWidths: [200, 100], rowHeights: [20, 20], border: { color: '#bdc1c6', weight: 0.75 },
        cells: [[{ text: { ...styled, fontSize: 12 }, fill: '#e8f0fe', contentAlignment: null }, { text: { ...styled, text: '' }, fill: '#e8f0fe', contentAlignment: null }],
          [{ text: { ...styled, fontSize: 12, text: 'Webフォーム' }, fill: null, contentAlignment: null }, { text: { ...styled, fontSize: 12, text: '70', align: 'END' }, fill: null, contentAlignment: null }]],
      },
      { kind: 'image', objectId: 'i', box, description: '職種別内訳', contentType: 'image/png', pixelWidth: 600, pixelHeight: 371, chartId: PIE.id },
    ), VIEW, out);
    // Compressed: a deck of 80 slides stays a few hundred kilobytes.
    expect(existsSync(out) && statSync(out).size).toBeGreaterThan(1000);
  });

  it('refuses text whose style the deck left unset, rather than guess it', async () => {
    const unstyled = { kind: 'shape' as const, objectId: 't', box, shapeType: 'TEXT_BOX', text: { ...styled, fontSize: null }, fill: 'none', outline: false, description: '' };
    await expect(writeReportPptx(deck(unstyled), VIEW, file())).rejects.toThrow('The deck left the style of text box t unset');
  });

  it('draws only pictures of sheet charts, whose sheet chart it must find', async () => {
    const picture = { kind: 'image' as const, objectId: 'i', box, description: '', contentType: 'image/png', pixelWidth: 10, pixelHeight: 10 };
    await expect(writeReportPptx(deck({ ...picture, chartId: null }), VIEW, file())).rejects.toThrow('Image i is not a sheet chart');
    await expect(writeReportPptx(deck({ ...picture, chartId: 'u999' }), VIEW, file())).rejects.toThrow('The deck shows chart u999, which no sheet has.');
  });
});
