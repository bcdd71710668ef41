/**
 * One size, measured: the round generated, its workbooks prepared, then each
 * action run on a fresh copy of its workbook — once to warm up, then `runs`
 * times.
 */
import v8 from 'node:v8';
import type { FormResource } from '../emulator';
import type { CallSummary } from './calls';
import { summarizeCalls } from './calls';
import { synthesize } from './synth';
import type { ActionName, BuiltFiles, Prepared } from './workbook';
import { ACTIONS, openWorkbook, prepareWorkbooks } from './workbook';

export interface ActionMeasurement {
  readonly action: ActionName;
  readonly calls: CallSummary;
  readonly byMethod: Readonly<Record<string, number>>;
  readonly cellsRead: number;
  readonly cellsWritten: number;
  /** Cells in the workbook after the action (Google's limit is 10,000,000). */
  readonly workbookCells: number;
  /** Wall time of each counted run. */
  readonly runsMs: readonly number[];
  /** The most the JavaScript heap grew above its size before the action, over the runs. */
  readonly peakBytes: number;
  /** The heap before the action: the emulated workbook and the loaded script. */
  readonly baseBytes: number;
}

function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('Run the benchmark with node --expose-gc (npm run bench does).');
  gc();
  gc();
}

/**
 * Runs `body` and returns the largest heap it reached: the heap's use is read
 * before and after every garbage collection during the run (V8's GC
 * profiler) and at its end, so garbage not yet collected counts too.
 */
function peakHeap(body: () => void): number {
  const profiler = new v8.GCProfiler();
  profiler.start();
  body();
  const end = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  return statistics.reduce((peak, gc) => Math.max(peak, gc.beforeGC.heapStatistics.usedHeapSize, gc.afterGC.heapStatistics.usedHeapSize), end);
}

function measureAction(action: ActionName, round: Prepared, form: FormResource, files: BuiltFiles, runs: number): ActionMeasurement {
  const { from, before: setUp, run } = ACTIONS[action];
  const runsMs: number[] = [];
  let peakBytes = 0;
  let baseBytes = 0;
  let last: Pick<ActionMeasurement, 'calls' | 'byMethod' | 'cellsRead' | 'cellsWritten' | 'workbookCells'> | null = null;
  for (let attempt = 0; attempt <= runs; attempt++) {
    const book = openWorkbook(round[from], form, files);
    const context = setUp?.(book, round);
    book.emulator.calls.reset();
    collectGarbage();
    const before = v8.getHeapStatistics().used_heap_size;
    let ms = 0;
    const peak = peakHeap(() => {
      const start = performance.now();
      run(book, round, context);
      ms = performance.now() - start;
    });
    // The first run warms up the JIT and is not counted.
    if (attempt === 0) continue;
    runsMs.push(ms);
    peakBytes = Math.max(peakBytes, peak - before);
    baseBytes = before;
    const byMethod = book.emulator.calls.byMethod();
    last = {
      calls: summarizeCalls(byMethod), byMethod, cellsRead: book.emulator.calls.cellsRead, cellsWritten: book.emulator.calls.cellsWritten,
      workbookCells: book.emulator.workbookCells(),
    };
  }
  if (!last) throw new Error('runs must be at least 1');
  return { action, runsMs, peakBytes, baseBytes, ...last };
}

export interface SizeMeasurement {
  readonly responses: number;
  readonly paperRows: number;
  readonly rosterRows: number;
  readonly setupMs: number;
  readonly actions: readonly ActionMeasurement[];
}

export function measureSize(
  responses: number, runs: number, form: FormResource, files: BuiltFiles, onReady: (size: Omit<SizeMeasurement, 'actions'>) => void,
): SizeMeasurement {
  const setupStart = performance.now();
  const round = prepareWorkbooks(form, synthesize(form, { responses }), files);
  const size = { responses, paperRows: round.paperRows, rosterRows: round.rosterRows, setupMs: performance.now() - setupStart };
  onReady(size);
  const actions = (Object.keys(ACTIONS) as ActionName[])
    .filter((action) => responses <= (ACTIONS[action].upTo ?? Number.POSITIVE_INFINITY))
    .map((action) => measureAction(action, round, form, files, runs));
  return { ...size, actions };
}
