import { roundsOf, scheduleOn, triggerShouldStop } from '../../../src/reminders/rounds';

const settings = { deadline: '2023-12-28', daysBefore: [7, 2] };
const first = { day: '2023-12-21', daysBefore: 7 };
const second = { day: '2023-12-26', daysBefore: 2 };

describe('roundsOf', () => {
  it('puts rounds in date order, whatever order the days were given in', () => {
    expect(roundsOf('2023-12-28', [2, 7])).toEqual([first, second]);
  });

  it('drops repeated, negative and fractional day counts, and keeps the deadline day itself', () => {
    expect(roundsOf('2023-12-28', [7, 7, -1, 1.5, 0])).toEqual([first, { day: '2023-12-28', daysBefore: 0 }]);
  });

  it('counts back across a month end', () => {
    expect(roundsOf('2024-03-02', [7])).toEqual([{ day: '2024-02-24', daysBefore: 7 }]);
  });
});

describe('scheduleOn', () => {
  it('has nothing due before the first round and names it', () => {
    expect(scheduleOn(settings, '2023-12-20')).toEqual({ kind: 'beforeFirstRound', deadline: '2023-12-28', next: first });
  });

  it('makes a round due on its day', () => {
    expect(scheduleOn(settings, '2023-12-21')).toEqual({ kind: 'due', deadline: '2023-12-28', round: first, next: second });
  });

  it('keeps the earlier round due on a day between rounds, so a missed or cut-short day is made up', () => {
    expect(scheduleOn(settings, '2023-12-24')).toEqual({ kind: 'due', deadline: '2023-12-28', round: first, next: second });
  });

  it('keeps the last round due up to and including the deadline day', () => {
    expect(scheduleOn(settings, '2023-12-26')).toMatchObject({ kind: 'due', round: second, next: null });
    expect(scheduleOn(settings, '2023-12-28')).toMatchObject({ kind: 'due', round: second, next: null });
  });

  it('has nothing due after the deadline', () => {
    expect(scheduleOn(settings, '2023-12-29')).toEqual({ kind: 'afterDeadline', deadline: '2023-12-28' });
    expect(scheduleOn(settings, '2024-01-05')).toEqual({ kind: 'afterDeadline', deadline: '2023-12-28' });
  });

  it('sends nothing without a deadline or without rounds', () => {
    expect(scheduleOn({ deadline: null, daysBefore: [7] }, '2023-12-21')).toEqual({ kind: 'noDeadline' });
    expect(scheduleOn({ deadline: '2023-12-28', daysBefore: [] }, '2023-12-21')).toEqual({ kind: 'noRounds', deadline: '2023-12-28' });
  });
});

describe('triggerShouldStop', () => {
  it('keeps the daily trigger until the deadline has passed', () => {
    expect(triggerShouldStop(scheduleOn(settings, '2023-12-01'))).toBe(false);
    expect(triggerShouldStop(scheduleOn(settings, '2023-12-24'))).toBe(false);
    expect(triggerShouldStop(scheduleOn(settings, '2023-12-28'))).toBe(false);
    expect(triggerShouldStop(scheduleOn(settings, '2023-12-29'))).toBe(true);
  });

  it('stops it when there is nothing it could ever send', () => {
    expect(triggerShouldStop(scheduleOn({ deadline: null, daysBefore: [7] }, '2023-12-01'))).toBe(true);
    expect(triggerShouldStop(scheduleOn({ deadline: '2023-12-28', daysBefore: [] }, '2023-12-01'))).toBe(true);
  });
});
