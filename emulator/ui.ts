/**
 * The user interface: menus, toasts, alerts, prompts, sidebars and dialogs.
 * The Node side sees everything shown as `UiEvent`s and scripts the user's
 * answers in advance; an alert or prompt nobody scripted an answer for is a
 * test error, never a silent default.
 */
import { Button, ButtonSet, enumName } from './enums';
import type { Env } from './env';
import { EmulatorUsageError, signatureMismatch } from './errors';
import { classSpec } from './expose';
import { HtmlOutputImpl } from './html';

export type ButtonName = 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE';
export type ButtonSetName = 'OK' | 'OK_CANCEL' | 'YES_NO' | 'YES_NO_CANCEL';

export type MenuEntry =
  | { readonly kind: 'item'; readonly label: string; readonly functionName: string }
  | { readonly kind: 'separator' }
  | { readonly kind: 'submenu'; readonly label: string; readonly entries: readonly MenuEntry[] };

export type UiEvent =
  /** title is null for the add-on menu (Extensions ▸ add-on name). */
  | { readonly kind: 'menu'; readonly title: string | null; readonly entries: readonly MenuEntry[] }
  /** visible is false when no one could see it (a time-driven trigger). */
  | { readonly kind: 'toast'; readonly message: string; readonly title: string; readonly timeoutSeconds: number | null; readonly visible: boolean }
  | { readonly kind: 'alert'; readonly title: string; readonly prompt: string; readonly buttons: ButtonSetName; readonly answer: ButtonName }
  | { readonly kind: 'prompt'; readonly title: string; readonly prompt: string; readonly buttons: ButtonSetName; readonly answer: ButtonName; readonly text: string }
  | { readonly kind: 'sidebar'; readonly title: string; readonly html: string }
  | { readonly kind: 'modal' | 'modeless'; readonly title: string; readonly html: string; readonly width: number | null; readonly height: number | null };

export type ScriptedAnswer = ButtonName | { readonly button: ButtonName; readonly text?: string };

const ALLOWED: Record<ButtonSetName, readonly ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

export class UiRecorder {
  private readonly shown: UiEvent[] = [];
  private readonly answers: Array<{ button: ButtonName; text: string }> = [];

  /** Everything shown so far, in order. */
  get events(): readonly UiEvent[] {
    return this.shown;
  }

  /** The user's next answers to alerts and prompts, in order: 'YES', or { button: 'OK', text: '…' } for a prompt. */
  answerNext(...answers: ScriptedAnswer[]): void {
    for (const answer of answers) {
      this.answers.push(typeof answer === 'string' ? { button: answer, text: '' } : { button: answer.button, text: answer.text ?? '' });
    }
  }

  /** Scripted answers not used yet (a test usually expects 0 at its end). */
  get pendingAnswers(): number {
    return this.answers.length;
  }

  /** The menus added, latest last. */
  menus(): Array<Extract<UiEvent, { kind: 'menu' }>> {
    return this.shown.filter((event): event is Extract<UiEvent, { kind: 'menu' }> => event.kind === 'menu');
  }

  clear(): void {
    this.shown.length = 0;
    this.answers.length = 0;
  }

  record(event: UiEvent): void {
    this.shown.push(event);
  }

  takeAnswer(kind: 'alert' | 'prompt', buttons: ButtonSetName, message: string): { button: ButtonName; text: string } {
    const answer = this.answers.shift();
    if (!answer) {
      throw new EmulatorUsageError(`Ui.${kind}("${message}") was shown but no answer was scripted: call emulator.ui.answerNext(...) before.`);
    }
    if (!ALLOWED[buttons].includes(answer.button)) {
      throw new EmulatorUsageError(`Ui.${kind}("${message}") offers ${ALLOWED[buttons].join('/')}; the scripted answer ${answer.button} is not possible.`);
    }
    return answer;
  }
}

const UI_METHODS = ['alert', 'prompt', 'createMenu', 'createAddonMenu', 'showSidebar', 'showModalDialog', 'showModelessDialog'] as const;
const UI_CONSTANTS = ['Button', 'ButtonSet'] as const;
type GUi = GoogleAppsScript.Base.Ui;
export const UI = classSpec<GUi>()('SpreadsheetApp', 'Ui', UI_METHODS, UI_CONSTANTS);

const MENU_METHODS = ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'] as const;
type GMenu = GoogleAppsScript.Base.Menu;
const MENU = classSpec<GMenu>()('SpreadsheetApp', 'Menu', MENU_METHODS);

type GPrompt = GoogleAppsScript.Base.PromptResponse;
const PROMPT_RESPONSE = classSpec<GPrompt>()('SpreadsheetApp', 'PromptResponse', ['getResponseText', 'getSelectedButton']);

class MenuImpl implements Pick<GMenu, typeof MENU_METHODS[number]> {
  readonly entries: MenuEntry[] = [];

  constructor(private readonly env: Env, private readonly recorder: UiRecorder, readonly title: string | null) {}

  addItem(caption: string, functionName: string): GMenu {
    if (typeof caption !== 'string' || typeof functionName !== 'string') signatureMismatch('SpreadsheetApp.Menu.addItem', [caption, functionName]);
    this.entries.push({ kind: 'item', label: caption, functionName });
    return this as unknown as GMenu;
  }

  addSeparator(): GMenu {
    this.entries.push({ kind: 'separator' });
    return this as unknown as GMenu;
  }

  addSubMenu(menu: GMenu): GMenu {
    const raw = this.env.unwrap(menu, MenuImpl);
    if (!raw) signatureMismatch('SpreadsheetApp.Menu.addSubMenu', [menu]);
    this.entries.push({ kind: 'submenu', label: raw.title ?? '', entries: [...raw.entries] });
    return this as unknown as GMenu;
  }

  addToUi(): void {
    this.recorder.record({ kind: 'menu', title: this.title, entries: [...this.entries] });
  }
}

/** alert/prompt overloads: (prompt), (prompt, buttons), (title, prompt, buttons). */
function dialogArgs(args: readonly unknown[], method: string): { title: string; prompt: string; buttons: ButtonSetName } {
  const buttonsOf = (value: unknown) => enumName(value, 'ButtonSet') as ButtonSetName | null;
  if (args.length === 1 && typeof args[0] === 'string') return { title: '', prompt: args[0], buttons: 'OK' };
  if (args.length === 2 && typeof args[0] === 'string' && buttonsOf(args[1])) return { title: '', prompt: args[0], buttons: buttonsOf(args[1]) as ButtonSetName };
  if (args.length === 3 && typeof args[0] === 'string' && typeof args[1] === 'string' && buttonsOf(args[2])) {
    return { title: args[0], prompt: args[1], buttons: buttonsOf(args[2]) as ButtonSetName };
  }
  signatureMismatch(`SpreadsheetApp.Ui.${method}`, args);
}

export class UiImpl implements Pick<GUi, typeof UI_METHODS[number] | typeof UI_CONSTANTS[number]> {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(private readonly env: Env, private readonly recorder: UiRecorder) {}

  alert(...args: unknown[]): GoogleAppsScript.Base.Button {
    const { title, prompt, buttons } = dialogArgs(args, 'alert');
    const answer = this.recorder.takeAnswer('alert', buttons, prompt);
    this.recorder.record({ kind: 'alert', title, prompt, buttons, answer: answer.button });
    return Button[answer.button];
  }

  prompt(...args: unknown[]): GPrompt {
    const { title, prompt, buttons } = dialogArgs(args, 'prompt');
    const answer = this.recorder.takeAnswer('prompt', buttons, prompt);
    this.recorder.record({ kind: 'prompt', title, prompt, buttons, answer: answer.button, text: answer.text });
    const response: Pick<GPrompt, 'getResponseText' | 'getSelectedButton'> = {
      getResponseText: () => answer.text,
      getSelectedButton: () => Button[answer.button],
    };
    return this.env.expose(response, PROMPT_RESPONSE);
  }

  createMenu(caption: string): GMenu {
    if (typeof caption !== 'string') signatureMismatch('SpreadsheetApp.Ui.createMenu', [caption]);
    return this.env.expose(new MenuImpl(this.env, this.recorder, caption), MENU);
  }

  createAddonMenu(): GMenu {
    return this.env.expose(new MenuImpl(this.env, this.recorder, null), MENU);
  }

  private output(userInterface: unknown, method: string, extra: unknown[] = []): HtmlOutputImpl {
    const raw = this.env.unwrap(userInterface, HtmlOutputImpl);
    if (!raw) signatureMismatch(`SpreadsheetApp.Ui.${method}`, [userInterface, ...extra]);
    return raw;
  }

  showSidebar(userInterface: GoogleAppsScript.HTML.HtmlOutput): void {
    const output = this.output(userInterface, 'showSidebar');
    this.recorder.record({ kind: 'sidebar', title: output.title, html: output.content });
  }

  showModalDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = this.output(userInterface, 'showModalDialog', [title]);
    if (typeof title !== 'string') signatureMismatch('SpreadsheetApp.Ui.showModalDialog', [userInterface, title]);
    this.recorder.record({ kind: 'modal', title, html: output.content, width: output.width, height: output.height });
  }

  showModelessDialog(userInterface: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
    const output = this.output(userInterface, 'showModelessDialog', [title]);
    if (typeof title !== 'string') signatureMismatch('SpreadsheetApp.Ui.showModelessDialog', [userInterface, title]);
    this.recorder.record({ kind: 'modeless', title, html: output.content, width: output.width, height: output.height });
  }
}
