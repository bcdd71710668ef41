/**
 * One respondent's answers, read as a Map of field id → answer. A survey of
 * 100,000 respondents would otherwise hold 100,000 hash tables; here every
 * row of a sheet shares one index of its fields and keeps only a slot array.
 */
import type { FieldAnswer } from './cells';

export class FieldSlots {
  private readonly slots: ReadonlyMap<string, number>;

  constructor(readonly ids: readonly string[]) {
    this.slots = new Map(ids.map((id, slot) => [id, slot]));
  }

  slotOf(id: string): number | undefined {
    return this.slots.get(id);
  }

  /** An empty row to fill with set(slot, answer). */
  row(): AnswerRow {
    return new AnswerRow(this, new Array<FieldAnswer | undefined>(this.ids.length));
  }
}

export class AnswerRow implements ReadonlyMap<string, FieldAnswer> {
  private count = 0;

  constructor(private readonly fields: FieldSlots, private readonly answers: Array<FieldAnswer | undefined>) {}

  /** Filled while the row is read; never changed afterwards. */
  set(slot: number, answer: FieldAnswer): void {
    if (this.answers[slot] === undefined) this.count++;
    this.answers[slot] = answer;
  }

  get size(): number {
    return this.count;
  }

  get(id: string): FieldAnswer | undefined {
    const slot = this.fields.slotOf(id);
    return slot === undefined ? undefined : this.answers[slot];
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  *entries(): MapIterator<[string, FieldAnswer]> {
    for (let slot = 0; slot < this.answers.length; slot++) {
      const answer = this.answers[slot];
      if (answer !== undefined) yield [this.fields.ids[slot], answer];
    }
  }

  *keys(): MapIterator<string> {
    for (const [id] of this.entries()) yield id;
  }

  *values(): MapIterator<FieldAnswer> {
    for (const [, answer] of this.entries()) yield answer;
  }

  [Symbol.iterator](): MapIterator<[string, FieldAnswer]> {
    return this.entries();
  }

  /** A plain loop, not entries(): the summary walks every respondent's answers with it. */
  forEach(callback: (value: FieldAnswer, key: string, map: ReadonlyMap<string, FieldAnswer>) => void): void {
    for (let slot = 0; slot < this.answers.length; slot++) {
      const answer = this.answers[slot];
      if (answer !== undefined) callback(answer, this.fields.ids[slot], this);
    }
  }
}
