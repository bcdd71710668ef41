import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, loadBundle, slideText } from '../../emulator';

function setup() {
  const emulator = new Emulator({ user: 'staff@example.jp' });
  const { SlidesApp, Slides } = emulator.globals;
  return { emulator, SlidesApp, Slides };
}

/** A sheet with a chart, as 単純集計 has them. */
function chartOfSheet(emulator: Emulator) {
  const { SpreadsheetApp, Charts } = emulator.globals;
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheets()[0];
  sheet.getRange('A1:B4').setValues([['圏域', '人数'], ['東部', 36], ['中部', 19], ['西部', 27]]);
  sheet.insertChart(sheet.newChart().setChartType(Charts.ChartType.PIE).addRange(sheet.getRange('A1:B4')).setPosition(1, 5, 0, 0).build());
  return sheet.getCharts()[0];
}

describe('SlidesApp presentations', () => {
  it('creates a 16:9 presentation in the user\'s Drive with Google\'s first slide, and appends blank slides', () => {
    const { emulator, SlidesApp } = setup();
    const deck = SlidesApp.create('報告 2023/12/21');
    expect([deck.getName(), deck.getPageWidth(), deck.getPageHeight()]).toEqual(['報告 2023/12/21', 720, 405]);
    expect(deck.getUrl()).toBe(`https://docs.google.com/presentation/d/${deck.getId()}/edit`);
    // A new presentation has one title slide, its title and subtitle placeholders empty.
    const [first] = deck.getSlides();
    expect(first.getShapes().map((shape) => shape.getText().asString())).toEqual(['\n', '\n']);
    const slide = deck.appendSlide(SlidesApp.PredefinedLayout.BLANK);
    expect(slide.getPageElements()).toEqual([]);
    first.remove();
    expect(deck.getSlides().map((each) => each.getObjectId())).toEqual([slide.getObjectId()]);
    const [view] = emulator.presentations();
    expect(view).toMatchObject({ name: '報告 2023/12/21', owner: 'staff@example.jp', pageWidth: 720, pageHeight: 405, slides: [{ elements: [] }] });
    expect(() => deck.appendSlide(SlidesApp.PredefinedLayout.TITLE_AND_BODY)).toThrow('The emulator appends BLANK slides only');
  });

  it('makes a new file at each create, never changing an earlier one', () => {
    const { emulator, SlidesApp } = setup();
    const a = SlidesApp.create('A');
    const b = SlidesApp.create('A');
    expect(a.getId()).not.toBe(b.getId());
    expect(emulator.presentations().map((view) => view.name)).toEqual(['A', 'A']);
  });
});

describe('text boxes and shapes', () => {
  it('inserts a text box and styles its text as a whole', () => {
    const { emulator, SlidesApp } = setup();
    const slide = SlidesApp.create('d').appendSlide();
    const box = slide.insertTextBox('回答率\n65.1%', 36, 60, 200, 80);
    expect([box.getLeft(), box.getTop(), box.getWidth(), box.getHeight()]).toEqual([36, 60, 200, 80]);
    expect(box.getText().asString()).toBe('回答率\n65.1%\n');
    box.getText().setText('回答率 65.1%').getTextStyle().setFontFamily('Noto Sans JP').setFontSize(36).setBold(true).setForegroundColor('#1A73E8');
    box.getText().getParagraphStyle().setParagraphAlignment(SlidesApp.ParagraphAlignment.END);
    expect(box.getText().getTextStyle().getFontSize()).toBe(36);
    const [shape] = emulator.presentations()[0].slides[1].elements;
    expect(shape).toMatchObject({
      kind: 'shape', shapeType: 'TEXT_BOX', fill: 'none', outline: false,
      text: { text: '回答率 65.1%', fontSize: 36, bold: true, fontFamily: 'Noto Sans JP', color: '#1a73e8', align: 'END' },
    });
  });

  it('refuses what Google refuses or the emulator cannot vouch for', () => {
    const { SlidesApp } = setup();
    const slide = SlidesApp.create('d').appendSlide();
    expect(() => slide.insertTextBox(42 as unknown as string, 0, 0, 10, 10)).toThrow("The parameters (number,number,number,number,number) don't match the method signature for SlidesApp.Slide.insertTextBox.");
    const empty = slide.insertTextBox('', 0, 0, 100, 20);
    expect(() => empty.getText().getTextStyle().setFontSize(12)).toThrow('The text range is empty');
    const box = slide.insertTextBox('x', 0, 0, 100, 20);
    expect(() => box.getText().getTextStyle().setForegroundColor('blue')).toThrow('Invalid hex color: blue');
    expect(() => box.getText().getTextStyle().setFontSize(0)).toThrow('Invalid font size: 0');
  });

  it('fills a rectangle and hides its outline', () => {
    const { emulator, SlidesApp } = setup();
    const slide = SlidesApp.create('d').appendSlide();
    const bar = slide.insertShape(SlidesApp.ShapeType.RECTANGLE, 36, 50, 648, 2);
    expect([bar.getFill().isVisible(), bar.getBorder().isVisible()]).toEqual([true, true]);
    bar.getFill().setSolidFill('#1a73e8');
    bar.getBorder().setTransparent();
    expect(emulator.presentations()[0].slides[1].elements[0]).toMatchObject({ kind: 'shape', shapeType: 'RECTANGLE', fill: '#1a73e8', outline: false });
  });
});

describe('tables', () => {
  it('inserts equal columns, fills cells, and refuses what lies outside', () => {
    const { emulator, SlidesApp } = setup();
    const slide = SlidesApp.create('d').appendSlide();
    const table = slide.insertTable(3, 2, 36, 60, 300, 75);
    expect([table.getNumRows(), table.getNumColumns(), table.getColumn(1).getWidth(), table.getRow(2).getMinimumHeight()]).toEqual([3, 2, 150, 25]);
    table.getCell(0, 0).getText().setText('回答方法');
    table.getCell(2, 1).getText().setText('82');
    expect(table.getCell(2, 1).getText().asString()).toBe('82\n');
    expect(() => table.getCell(3, 0)).toThrow('The row index (3) is out of bounds');
    expect(() => slide.insertTable(21, 3, 0, 0, 100, 100)).toThrow('at most 20 rows and 20 columns');
    const [view] = emulator.presentations()[0].slides[1].elements;
    if (view.kind !== 'table') throw new Error('not a table');
    expect(view.columnWidths).toEqual([150, 150]);
    expect(view.cells.map((row) => row.map((cell) => cell.text.text))).toEqual([['回答方法', ''], ['', ''], ['', '82']]);
    expect(slideText(emulator.presentations()[0].slides[1])).toBe('回答方法\t\n\t\n\t82');
  });
});

describe('images of sheet charts', () => {
  it('gives a chart as a PNG of its size, which insertImage fits into the box keeping its shape', () => {
    const { emulator, SlidesApp } = setup();
    const chart = chartOfSheet(emulator);
    const blob = chart.getAs('image/png');
    expect(blob.getContentType()).toBe('image/png');
    expect(blob.getBytes().slice(0, 4)).toEqual([-119, 80, 78, 71]);
    const slide = SlidesApp.create('d').appendSlide();
    // 600 × 371 px into a 400 × 400 box: 400 wide, centred down the box.
    const image = slide.insertImage(blob, 0, 0, 400, 400);
    expect(image.getWidth()).toBeCloseTo(400);
    expect(image.getHeight()).toBeCloseTo(400 * 371 / 600);
    expect(image.getTop()).toBeCloseTo((400 - 400 * 371 / 600) / 2);
    image.setDescription('③ 勤務先のある圏域：東部圏域 36');
    expect(emulator.presentations()[0].slides[1].elements[0]).toMatchObject({
      kind: 'image', contentType: 'image/png', pixelWidth: 600, pixelHeight: 371, chartId: emulator.view().sheets[0].charts[0].id,
      description: '③ 勤務先のある圏域：東部圏域 36',
    });
  });

  it('refuses what is not an image, and a chart as anything but PNG', () => {
    const { emulator, SlidesApp } = setup();
    const slide = SlidesApp.create('d').appendSlide();
    const text = emulator.globals.Utilities.newBlob('not an image', 'image/png');
    expect(() => slide.insertImage(text, 0, 0, 10, 10)).toThrow('The image is not a PNG, JPEG or GIF image.');
    expect(() => chartOfSheet(emulator).getAs('application/pdf')).toThrow('converts charts to image/png only');
  });
});

describe('saving, and the Slides API', () => {
  it('closes a saved presentation; openById opens it again; the end of an execution saves it too', () => {
    const { emulator, SlidesApp } = setup();
    const deck = SlidesApp.create('d');
    const id = deck.getId();
    deck.saveAndClose();
    expect(() => deck.getSlides()).toThrow('Presentation is closed, its contents cannot be updated.');
    expect(SlidesApp.openById(id).getSlides()).toHaveLength(1);
    expect(() => SlidesApp.openById('nope')).toThrow('Requested entity was not found.');
    const kept = emulator.execute({ kind: 'editor', authMode: 'FULL' }, () => SlidesApp.create('e'));
    expect(() => kept.getName()).toThrow('Presentation is closed');
  });

  it('styles cells and sets column widths in one batch, on what has been saved', () => {
    const { emulator, SlidesApp, Slides } = setup();
    const deck = SlidesApp.create('d');
    const table = deck.appendSlide().insertTable(2, 3, 36, 60, 300, 50);
    const tableId = table.getObjectId();
    const id = deck.getId();
    const batch = (requests: GoogleAppsScript.Slides.Schema.Request[]) => Slides.Presentations.batchUpdate({ requests }, id);
    const insert = { insertText: { objectId: tableId, cellLocation: { rowIndex: 0, columnIndex: 0 }, text: '選択肢' } };
    // Not saved yet: the API cannot see the table.
    expect(() => batch([insert])).toThrow(`API call to slides.presentations.batchUpdate failed with error: Invalid requests[0].insertText: The object (${tableId}) could not be found.`);
    deck.saveAndClose();
    const reply = batch([
      insert,
      { updateTextStyle: { objectId: tableId, cellLocation: { rowIndex: 0, columnIndex: 0 }, textRange: { type: 'ALL' }, fields: 'fontSize,bold,fontFamily,foregroundColor', style: { fontSize: { magnitude: 12, unit: 'PT' }, bold: true, fontFamily: 'Noto Sans JP', foregroundColor: { opaqueColor: { rgbColor: { red: 0.125, green: 0.129, blue: 0.141 } } } } } },
      { updateParagraphStyle: { objectId: tableId, cellLocation: { rowIndex: 0, columnIndex: 0 }, textRange: { type: 'ALL' }, fields: 'alignment', style: { alignment: 'CENTER' } } },
      { updateTableCellProperties: { objectId: tableId, tableRange: { location: { rowIndex: 0, columnIndex: 0 }, rowSpan: 1, columnSpan: 3 }, fields: 'tableCellBackgroundFill.solidFill.color', tableCellProperties: { tableCellBackgroundFill: { solidFill: { color: { rgbColor: { red: 0.91, green: 0.941, blue: 0.996 } } } } } } },
      { updateTableBorderProperties: { objectId: tableId, borderPosition: 'ALL', fields: 'tableBorderFill.solidFill.color,weight', tableBorderProperties: { tableBorderFill: { solidFill: { color: { rgbColor: { red: 0.741, green: 0.757, blue: 0.776 } } } }, weight: { magnitude: 0.75, unit: 'PT' } } } },
      { updateTableColumnProperties: { objectId: tableId, columnIndices: [0], fields: 'columnWidth', tableColumnProperties: { columnWidth: { magnitude: 200, unit: 'PT' } } } },
      { updateTableColumnProperties: { objectId: tableId, columnIndices: [1, 2], fields: 'columnWidth', tableColumnProperties: { columnWidth: { magnitude: 50, unit: 'PT' } } } },
    ]);
    expect(reply.replies).toHaveLength(7);
    const [view] = emulator.presentations()[0].slides[1].elements;
    if (view.kind !== 'table') throw new Error('not a table');
    expect(view.columnWidths).toEqual([200, 50, 50]);
    expect(view.box.width).toBe(300);
    expect(view.cells[0].map((cell) => cell.fill)).toEqual(['#e8f0fe', '#e8f0fe', '#e8f0fe']);
    expect(view.border).toEqual({ color: '#bdc1c6', weight: 0.75 });
    expect(view.cells[0][0].text).toEqual({ text: '選択肢', fontSize: 12, bold: true, fontFamily: 'Noto Sans JP', color: '#202124', align: 'CENTER' });
  });

  it('applies a batch whole or not at all, and says which request Google would refuse', () => {
    const { emulator, SlidesApp, Slides } = setup();
    const deck = SlidesApp.create('d');
    const tableId = deck.appendSlide().insertTable(1, 2, 0, 0, 100, 20).getObjectId();
    const id = deck.getId();
    deck.saveAndClose();
    const batch = (requests: GoogleAppsScript.Slides.Schema.Request[]) => Slides.Presentations.batchUpdate({ requests }, id);
    const width = (magnitude: number) => ({ updateTableColumnProperties: { objectId: tableId, columnIndices: [0], fields: 'columnWidth', tableColumnProperties: { columnWidth: { magnitude, unit: 'PT' } } } });
    const failed = (() => {
      try {
        batch([width(80), width(20)]);
      } catch (error) {
        return error as Error;
      }
      return null;
    })();
    expect(failed?.name).toBe('GoogleJsonResponseException');
    expect(failed?.message).toContain('Invalid requests[1].updateTableColumnProperties: The column width (20 pt) is less than the minimum of 32 pt.');
    const [view] = emulator.presentations()[0].slides[1].elements;
    expect(view.kind === 'table' && view.columnWidths).toEqual([50, 50]);
    expect(() => batch([{ updateTextStyle: { objectId: tableId, cellLocation: { rowIndex: 0, columnIndex: 0 }, textRange: { type: 'ALL' }, style: { bold: true } } }]))
      .toThrow("At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)");
    expect(() => batch([{ updateTextStyle: { objectId: tableId, cellLocation: { rowIndex: 0, columnIndex: 0 }, textRange: { type: 'ALL' }, style: { bold: true }, fields: 'bold' } }]))
      .toThrow('has no text to style');
    expect(() => batch([{ deleteObject: { objectId: tableId } }])).toThrow('Invalid requests[0].deleteObject: the emulator does not emulate this request.');
    expect(emulator.calls.count('Presentations.batchUpdate')).toBe(4);
  });
});

describe('the manifest decides what a script may use', () => {
  const script = `function makeDeck() { return SlidesApp.create('報告').getId(); }
function hasSlidesApi() { return typeof Slides !== 'undefined'; }`;
  const bundleWith = (manifest: object) => {
    const dir = mkdtempSync(join(tmpdir(), 'slides-manifest-'));
    writeFileSync(join(dir, 'Code.js'), script);
    writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
    const emulator = new Emulator();
    return { emulator, bundle: loadBundle(emulator, join(dir, 'Code.js')) };
  };

  it('denies SlidesApp without the presentations scope, as Google does when the manifest lists its scopes', () => {
    const { bundle } = bundleWith({ oauthScopes: ['https://www.googleapis.com/auth/spreadsheets.currentonly'] });
    expect(() => bundle.call('makeDeck')).toThrow('You do not have permission to call SlidesApp.create. Required permissions: https://www.googleapis.com/auth/presentations');
    const granted = bundleWith({ oauthScopes: ['https://www.googleapis.com/auth/presentations'] });
    expect(granted.bundle.call('makeDeck')).toEqual(expect.any(String));
  });

  it('gives the Slides API only to a script whose manifest enables the advanced service', () => {
    expect(bundleWith({}).bundle.call('hasSlidesApi')).toBe(false);
    const enabled = bundleWith({ dependencies: { enabledAdvancedServices: [{ userSymbol: 'Slides', serviceId: 'slides', version: 'v1' }] } });
    expect(enabled.bundle.call('hasSlidesApi')).toBe(true);
  });

  it('creates no presentation from a simple trigger', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slides-open-'));
    writeFileSync(join(dir, 'Code.js'), "function onOpen() { SlidesApp.create('x'); }");
    const emulator = new Emulator();
    expect(() => loadBundle(emulator, join(dir, 'Code.js')).open()).toThrow('You do not have permission to call SlidesApp.create.');
    expect(emulator.presentations()).toEqual([]);
  });
});
