import type { CellValue } from '../../../src/model/cells';
import { instantOf } from '../../../src/model/dates';
import { SEND_LOG } from '../../../src/messages';
import type { LogEntry } from '../../../src/reminders/log';
import { LOG_FORMATS, LOG_HEADER, logRow, readSentLog } from '../../../src/reminders/log';
import { TZ } from './sample-data';

const round = { day: '2023-12-21', daysBefore: 7 };
const at = new Date('2023-12-21T00:30:00Z');
const recipient = { id: 'C001', name: '藤田 優子', address: 'coord001@example.jp' };

describe('logRow', () => {
  it('writes one row per attempt: time, 整理番号, name, address, round, result, detail', () => {
    expect(LOG_HEADER).toEqual(['日時', '整理番号', '氏名', 'メールアドレス', 'リマインド', '結果', '詳細']);
    expect(LOG_FORMATS).toHaveLength(LOG_HEADER.length);
    expect(logRow({ kind: 'sent', at, round, recipient })).toEqual([at, 'C001', '藤田 優子', 'coord001@example.jp', '2023/12/21（締切7日前）', '送信済み', '']);
  });

  it('writes the error of a failed send on one line', () => {
    const row = logRow({ kind: 'failed', at, round, recipient, error: 'Invalid email:\ncoord001@example.jp' });
    expect(row.slice(5)).toEqual(['エラー', 'Invalid email: coord001@example.jp']);
  });

  it('says how many remain when the quota stops a run', () => {
    expect(logRow({ kind: 'stopped', at, round, reason: 'quota', remaining: 30 }))
      .toEqual([at, '', '', '', '2023/12/21（締切7日前）', '送信上限', '残り30名は次回の実行で送信します']);
    expect(logRow({ kind: 'stopped', at, round: { day: '2023-12-28', daysBefore: 0 }, reason: 'time', remaining: 3 }).slice(4, 6))
      .toEqual(['2023/12/28（締切当日）', '時間切れ']);
  });
});

describe('readSentLog', () => {
  const entries: LogEntry[] = [
    { kind: 'sent', at, round, recipient },
    { kind: 'failed', at, round, recipient: { id: 'C002', name: 'B', address: 'b@example.jp' }, error: 'x' },
    { kind: 'stopped', at, round, reason: 'quota', remaining: 5 },
  ];

  it('reads back only the successful sends, with their round', () => {
    const grid: CellValue[][] = [[...LOG_HEADER], ...entries.map(logRow)];
    expect(readSentLog(grid, TZ)).toEqual([{ round: '2023-12-21', idKey: 'c001', emailKey: 'coord001@example.jp' }]);
  });

  it('reads rows as Sheets gives them back: a round cell turned into a date, a number for 007', () => {
    const grid: CellValue[][] = [
      [...LOG_HEADER],
      [at, 7, 'A', 'A@Example.jp', instantOf('2023-12-26', TZ), SEND_LOG.sent, ''],
    ];
    expect(readSentLog(grid, TZ)).toEqual([{ round: '2023-12-26', idKey: '7', emailKey: 'a@example.jp' }]);
  });

  it('finds its columns by header when staff have moved them', () => {
    const order = [6, 5, 4, 3, 2, 1, 0];
    const row = logRow(entries[0]);
    const grid: CellValue[][] = [order.map((i) => LOG_HEADER[i]), order.map((i) => row[i])];
    expect(readSentLog(grid, TZ)).toEqual([{ round: '2023-12-21', idKey: 'c001', emailKey: 'coord001@example.jp' }]);
  });

  it('is empty for an empty sheet', () => {
    expect(readSentLog([], TZ)).toEqual([]);
  });
});
