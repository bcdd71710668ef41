/**
 * Counts every service call the script makes, per `Class.method`
 * (e.g. 'Range.getValues'), and the cells it reads and writes: the numbers a
 * test uses to hold the add-on to batched I/O.
 */

export class CallCounter {
  private readonly calls = new Map<string, number>();
  private read = 0;
  private written = 0;

  /** Called by the service layer for every call, failed ones included; not for tests. */
  recordCall(method: string): void {
    this.calls.set(method, (this.calls.get(method) ?? 0) + 1);
  }

  /** Called by the service layer after a call that read or wrote cells. */
  recordCells(read: number, written: number): void {
    this.read += read;
    this.written += written;
  }

  total(): number {
    let sum = 0;
    for (const count of this.calls.values()) sum += count;
    return sum;
  }

  /** Calls per `Class.method`, sorted by name. */
  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.calls.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  /** `count('Range.getValues')` for one method, `count('Range')` for every method of a class. */
  count(prefixOrName: string): number {
    if (prefixOrName.includes('.')) return this.calls.get(prefixOrName) ?? 0;
    let sum = 0;
    for (const [method, count] of this.calls) if (method.startsWith(`${prefixOrName}.`)) sum += count;
    return sum;
  }

  /** Cells returned by getValues, getDisplayValues, getFormulas and their single-cell forms. */
  get cellsRead(): number {
    return this.read;
  }

  /** Cells given to setValues, setValue, setFormula(s) and appendRow. */
  get cellsWritten(): number {
    return this.written;
  }

  reset(): void {
    this.calls.clear();
    this.read = 0;
    this.written = 0;
  }
}
