/** The sample's 82 respondents (70 web, 12 paper) as the summary sees them, built with the add-on's own readers. */
import type { CellValue } from '../../../src/model/cells';
import { instantOf, parseDay } from '../../../src/model/dates';
import type { Respondent } from '../../../src/model/respondents';
import { readWebRespondents, webSheetLayout } from '../../../src/model/respondents';
import type { Survey } from '../../../src/model/survey';
import { planImport } from '../../../src/paper/importer';
import { paperLayout, paperRow, readPaperRespondents } from '../../../src/paper/layout';
import { sampleCsv, sampleRosterIds, sampleSurvey } from './sample-survey';

export const TIME_ZONE = 'Asia/Tokyo';

/** The response sheet as Sheets holds it: timestamps as Dates, numbers as numbers. */
export function sampleResponseSheet(): CellValue[][] {
  const [header, ...rows] = sampleCsv('responses.csv');
  return [header, ...rows.map((row) => row.map((cell, column): CellValue => {
    if (column === 0) {
      const [day, time] = cell.split(' ');
      const [hour, minute, second] = time.split(':').map(Number);
      return instantOf(parseDay(day) as string, TIME_ZONE, hour, minute, second);
    }
    return /^\d+$/.test(cell) ? Number(cell) : cell;
  }))];
}

export function sampleRespondents(survey: Survey = sampleSurvey()): { web: Respondent[]; paper: Respondent[] } {
  const values = sampleResponseSheet();
  const layout = webSheetLayout(values, survey);
  if (!layout) throw new Error('sample response sheet has no timestamp column');
  const web = readWebRespondents(values, survey, layout, TIME_ZONE);
  const [header, ...rows] = sampleCsv('paper.csv');
  const plan = planImport({ survey, header, rows, rosterIds: sampleRosterIds(), answered: new Map(), shared: new Map(), today: '2023-12-20', timeZone: TIME_ZONE });
  if (plan.kind !== 'planned' || plan.held.length > 0) throw new Error('sample paper answers did not import');
  const sheetLayout = paperLayout(survey, []);
  const stamp = { enteredBy: 'clerk@example.jp', enteredAt: new Date(Date.UTC(2023, 11, 20)) };
  const paperSheet: CellValue[][] = [[...sheetLayout.titles], [...sheetLayout.keys], ...plan.accepted.map((answer) => paperRow(sheetLayout, answer, stamp, TIME_ZONE))];
  return { web, paper: readPaperRespondents(paperSheet, survey, TIME_ZONE) };
}
