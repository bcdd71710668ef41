/** Messages in a dialog: one look for information, success, warnings and errors. */
import { DIALOG_COMMON } from '../../messages';
import type { Child } from './dom';
import { fill, h } from './dom';

export type Tone = 'info' | 'ok' | 'warn' | 'error';

/** Errors and warnings are announced at once by screen readers; the rest politely. */
export function notice(tone: Tone, ...children: Child[]): HTMLDivElement {
  return h('div', { class: `notice notice-${tone}`, role: tone === 'error' || tone === 'warn' ? 'alert' : 'status' }, ...children);
}

/** A list of problems (file lines, rows…) that may be long: it scrolls instead of growing the dialog. */
export function problemList(problems: readonly string[], label: string): HTMLElement | null {
  if (problems.length === 0) return null;
  return h('div', { class: 'problems' },
    h('p', { class: 'problems-label' }, DIALOG_COMMON.counted(label, problems.length)),
    h('ul', { class: 'problems-list', tabindex: 0 }, problems.map((problem) => h('li', null, problem))));
}

export function showNotice(container: HTMLElement, tone: Tone, ...children: Child[]): void {
  fill(container, notice(tone, ...children));
}

/** While a call is in flight: the text says what is happening, and the given controls cannot be used twice. */
export async function whileBusy<T>(controls: ReadonlyArray<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>, work: () => Promise<T>): Promise<T> {
  const before = controls.map((control) => control.disabled);
  controls.forEach((control) => { control.disabled = true; });
  document.body.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    controls.forEach((control, index) => { control.disabled = before[index]; });
    document.body.removeAttribute('aria-busy');
  }
}
