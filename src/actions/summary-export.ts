/**
 * 集計データを書き出す: the round's figures as one file, summary.json's shape,
 * for the next round to compare with. The dialog offers it as a download
 * from the browser, so no Drive access is needed.
 */
import { DIALOGS } from '../messages';
import { summaryJson } from '../summary/json';
import { showDialog } from '../gas/ui';
import type { SummaryExport } from './api';
import { loadOrThrow } from './context';
import { summarizeRound } from './summary';

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
  const json = summaryJson(summarizeRound(all));
  return {
    fileName: exportFileName(json.title, all.book.today), json: `${JSON.stringify(json, null, 2)}\n`,
    title: json.title, respondents: json.respondents, questions: Object.keys(json.questions).length,
  };
}
