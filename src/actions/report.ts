/**
 * 報告スライドを作成: the summary written afresh (the answers read once), then
 * a new Google Slides deck of it in the user's Drive, its charts pictures of
 * the summary sheets' charts. Every run makes a new, dated deck; an earlier
 * deck is never opened or changed.
 */
import { formatDateTime } from '../model/dates';
import { REPORT, SUMMARY } from '../messages';
import { chartKey } from '../report/deck';
import { deckPlan } from '../report/plan';
import { drawDeck } from '../gas/slides';
import { alert, showLinkDialog, toast } from '../gas/ui';
import { openBook, ROLES } from './context';
import { writeSummary } from './summary';

export interface DeckMade {
  readonly name: string;
  readonly url: string;
  readonly slides: number;
}

/**
 * Menu handler. Returns the deck made (Google ignores a menu handler's
 * return value; the local run and the tests read it), or null when nothing
 * was made.
 */
export function createReportDeck(): DeckMade | null {
  toast(REPORT.running);
  const book = openBook();
  const written = writeSummary(book);
  if (!written.ok) {
    alert(written.message);
    return null;
  }
  const { summary, settings, sheets, warnings, info, comparison } = written.value;
  if (summary.respondents === 0) {
    alert(SUMMARY.noAnswers);
    return null;
  }
  const simpleSheet = sheets.find((sheet) => sheet.key === 'simple')?.plan;
  if (!simpleSheet) throw new Error('集計を作成 made no 単純集計 sheet.');
  const deck = deckPlan({
    summary, report: settings.report, deadline: settings.reminders.deadline, simpleSheet,
    madeAt: { day: book.today, time: formatDateTime(book.now, book.timeZone).slice(11, 16) },
    comparison,
  });
  // Every chart's picture is at hand before the deck is begun: a deck is made whole or not at all.
  const sources = deck.slides.flatMap((slide) => slide.elements.flatMap((element) => (element.kind === 'chart' ? [element.source] : [])));
  const pictures = new Map([...new Set(sources.map((source) => source.sheet))].flatMap((sheet) => book.sheets.chartPictures(ROLES.summary(sheet))
    .map(({ anchorRow, anchorColumn, picture }) => [chartKey({ sheet, anchorRow, anchorColumn }), picture] as const)));
  const missing = sources.filter((source) => !pictures.has(chartKey(source)));
  if (missing.length > 0) {
    alert(REPORT.missingCharts(missing.length));
    return null;
  }
  const made = drawDeck(deck, pictures);
  showLinkDialog(REPORT.dialogTitle, [REPORT.done(made.slides), ...warnings, ...info, REPORT.note], { url: made.url, label: REPORT.open });
  return { name: deck.name, ...made };
}
