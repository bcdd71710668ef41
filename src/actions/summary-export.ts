/**
 * 集計データを書き出す: the round's figures as one file, summary.json's shape,
 * for the next round to compare with. The dialog offers it as a download
 * from the browser, so no Drive access is needed.
 */
import { DIALOGS } from '../messages';
import { summaryJson } from '../summary/json';
import { themeOutputs } from '../themes';
import { showDialog } from '../gas/ui';
import type { SummaryExport } from './api';
import { loadOrThrow } from './context';
import { summarizeRound } from './summary';
import { loadThemeSources } from './themes';

export function openSummaryExport(): void {
  showDialog('summary-export', DIALOGS.summaryExport, 520, 380);
}

/** Characters no file system takes in a name, and control characters. */
const NOT_IN_FILE_NAMES = /[\\/:*?"<>|\p{Cc}]/gu;

/** 集計データ_<form title>_<yyyy-MM-dd>.json, the title made safe for any file system. */
export function exportFileName(title: string, day: string): string {
  const safe = title.replace(NOT_IN_FILE_NAMES, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return `集計データ_${safe}_${day}.json`;
}

export function summaryExport(): SummaryExport {
  const all = loadOrThrow();
  const summary = summarizeRound(all);
  // The themes as 集計を作成 counts them: the codebook and the themes typed in 自由記述.
  const themes = themeOutputs({ summary, respondents: [...all.answers.web, ...all.answers.paper], timeZone: all.book.timeZone, ...loadThemeSources(all.book) });
  const json = summaryJson(summary, themes.json);
  return {
    fileName: exportFileName(json.title, all.book.today), json: `${JSON.stringify(json, null, 2)}\n`,
    title: json.title, respondents: json.respondents, questions: Object.keys(json.questions).length,
  };
}
