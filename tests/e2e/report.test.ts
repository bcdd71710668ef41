/** 報告スライドを作成 through the built bundle: a deck in the emulated Drive, from the sample as staff have it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PresentationView } from '../../emulator';
import { slideText } from '../../emulator';
import type { SummaryJson } from '../../src/summary/json';
import { clickMenu, morning, preparedSample, REPO, sampleBook, sampleFile } from './harness';
import { sampleResponseSheet } from '../unit/helpers/sample-respondents';

const expected = JSON.parse(readFileSync(sampleFile('expected.json'), 'utf8'));
const Q = expected.questions as Record<string, string>;

interface Made { readonly name: string; readonly url: string; readonly slides: number }

describe('報告スライドを作成 on the sample', () => {
  const book = preparedSample();
  book.bundle.open();
  const menu = book.emulator.ui.menus()[0];
  book.emulator.ui.clear();
  book.emulator.calls.reset();
  book.emulator.ui.answerNext('OK');
  const made = book.bundle.call('createReportDeck') as Made;
  const dialog = book.emulator.ui.events.find((event) => event.kind === 'modal');
  const calls = book.emulator.calls.byMethod();
  const [deck] = book.emulator.presentations();
  const texts = deck.slides.map(slideText);
  const summary = clickMenu(book, 'generateSummary') as SummaryJson;

  it('is in the menu, after 集計を作成', () => {
    expect(menu.entries.slice(0, 2)).toEqual([
      { kind: 'item', label: '集計を作成', functionName: 'generateSummary' },
      { kind: 'item', label: '報告スライドを作成', functionName: 'createReportDeck' },
    ]);
  });

  it('makes one dated deck in the user\'s Drive and shows its link', () => {
    expect(book.emulator.presentations()).toHaveLength(1);
    expect(deck.name).toBe('医療的ケア児等コーディネーター養成研修修了者の現状調査 報告スライド 2023/12/21 09:00');
    expect(deck.owner).toBe('staff@example.jp');
    expect(made).toEqual({ name: deck.name, url: deck.url, slides: deck.slides.length });
    expect(dialog?.kind === 'modal' && dialog.html).toContain(`href="${deck.url}"`);
    expect(dialog?.kind === 'modal' && dialog.html).toContain(`報告スライドを作成しました（${deck.slides.length} 枚）`);
  });

  it('has the first report\'s slides, 81 on the sample, on 16:9 pages', () => {
    expect(deck.slides).toHaveLength(81);
    expect([deck.pageWidth, deck.pageHeight]).toEqual([720, 405]);
    expect(texts[0]).toContain('医療的ケア児等コーディネーター養成研修修了者の現状調査');
    expect(texts[0]).toContain('鳥取県医療的ケア児等支援センター');
    expect(texts.slice(1, 4).map((text) => text.split('\n')[0])).toEqual(['調査の目的', '調査の方法', '送付数・回答数・回答率']);
    expect(texts.slice(-2).map((text) => text.split('\n')[0])).toEqual(['結果のまとめ', '今後の方向性']);
    for (const slide of deck.slides) {
      for (const element of slide.elements) {
        expect(element.box.left + element.box.width).toBeLessThanOrEqual(720.01);
        expect(element.box.top + element.box.height).toBeLessThanOrEqual(405.01);
      }
    }
  });

  it('states the response rate: 82 of 126 answered, 65.1%, 70 by form and 12 on paper', () => {
    const rate = texts.find((text) => text.startsWith('送付数・回答数・回答率')) ?? '';
    for (const figure of ['126人', '82人', '65.1%', '82 ÷ 126', 'Webフォーム\t70\t85.4%', '郵送\t12\t14.6%', '計\t82\t100.0%']) expect(rate).toContain(figure);
  });

  it('shows one picture of its sheet chart for every summarised question', () => {
    const questions = Object.entries(summary.questions).filter(([, question]) => question.type !== 'TEXT' && question.type !== 'PARAGRAPH').map(([title]) => title);
    const images = deck.slides.flatMap((slide) => slide.elements.filter((element) => element.kind === 'image'));
    expect(images).toHaveLength(questions.length);
    const sheetCharts = book.emulator.view().sheets.find((sheet) => sheet.name === '単純集計')?.charts ?? [];
    for (const title of questions) {
      const image = images.find((candidate) => candidate.description.startsWith(`${title}：`));
      if (image?.kind !== 'image') throw new Error(`no chart for ${title}`);
      // The picture is of the sheet's own chart for that question.
      expect(sheetCharts.find((chart) => chart.id === image.chartId)?.title).toBe(title);
    }
  });

  it('sets the tables in readable type, with the header filled and columns as planned', () => {
    const tables = deck.slides.flatMap((slide) => slide.elements.filter((element) => element.kind === 'table'));
    expect(tables.length).toBeGreaterThan(60);
    for (const table of tables) {
      if (table.kind !== 'table') continue;
      expect(table.cells[0].every((cell) => cell.fill === '#e8f0fe')).toBe(true);
      expect(table.border).toEqual({ color: '#bdc1c6', weight: 0.75 });
      const sizes = table.cells.flat().filter((cell) => cell.text.text !== '').map((cell) => cell.text.fontSize);
      expect(Math.min(...(sizes as number[]))).toBeGreaterThanOrEqual(12);
      expect(table.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(table.box.width, 5);
    }
    // ⑤ by occupation in the eastern region, with its support rate.
    const east = texts.find((text) => text.startsWith(`${Q.support.slice(0, 1)} × ${Q.occ}（東部圏域）`));
    expect(east).toContain('計\t36\t26\t10\t72.2%');
  });

  it('makes a handful of Slides calls a slide, none per table cell', () => {
    const slides = Object.entries(calls).filter(([method]) => /^(SlidesApp|Presentation|Slide|Shape|Table|TableCell|TextRange|TextStyle|Image|Presentations)\./.test(method));
    const total = slides.reduce((sum, [, count]) => sum + count, 0);
    expect(total).toBeLessThan(deck.slides.length * 10);
    expect(calls['TableCell.getText'] ?? 0).toBe(0);
    expect(calls['Presentations.batchUpdate']).toBeLessThanOrEqual(10);
  });

  it('makes a second, separately dated deck when run again, and leaves the first as it was', () => {
    const before: PresentationView = book.emulator.presentations()[0];
    book.emulator.setNow(new Date(morning('2023-12-22').getTime() + 75 * 60_000));
    const again = clickMenu(book, 'createReportDeck') as Made;
    const decks = book.emulator.presentations();
    expect(decks).toHaveLength(2);
    expect(decks[1].name).toBe('医療的ケア児等コーディネーター養成研修修了者の現状調査 報告スライド 2023/12/22 10:15');
    expect(again.url).not.toBe(made.url);
    expect(decks[0]).toEqual(before);
  });
});

describe('報告スライドを作成 before anyone has answered', () => {
  it('says so and makes no deck', () => {
    const book = sampleBook({ responses: sampleResponseSheet().slice(0, 1) });
    book.emulator.ui.answerNext('OK');
    expect(book.bundle.call('createReportDeck')).toBeNull();
    expect(book.emulator.ui.events.filter((event) => event.kind === 'alert').map((event) => event.kind === 'alert' && event.prompt)).toEqual(['回答がまだありません。']);
    expect(book.emulator.presentations()).toEqual([]);
  });
});

describe('the deck needs the presentations scope and the Slides API, which the pushed manifest declares', () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'dist/appsscript.json'), 'utf8'));

  it('asks for presentations and not presentations.currentonly, which only a script bound to a presentation may use', () => {
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/presentations');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/presentations.currentonly');
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([{ userSymbol: 'Slides', serviceId: 'slides', version: 'v1' }]);
  });
});
