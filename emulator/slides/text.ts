/**
 * Text in a shape or a table cell: the TextRange a script gets from
 * getText(), and its TextStyle and ParagraphStyle. A range always covers the
 * whole text (getRange and the like are not emulated).
 */
import { ParagraphAlignment, enumName } from '../enums';
import { fail, signatureMismatch } from '../errors';
import { classSpec } from '../expose';
import type { Env } from '../env';
import type { Alignment, TextModel } from './model';

type G = typeof GoogleAppsScript.Slides;
type GRange = GoogleAppsScript.Slides.TextRange;
type GStyle = GoogleAppsScript.Slides.TextStyle;
type GParagraph = GoogleAppsScript.Slides.ParagraphStyle;

const RANGE_METHODS = ['asString', 'getLength', 'isEmpty', 'setText', 'getTextStyle', 'getParagraphStyle'] as const;
const STYLE_METHODS = ['getFontSize', 'setFontSize', 'isBold', 'setBold', 'getFontFamily', 'setFontFamily', 'setForegroundColor'] as const;
const PARAGRAPH_METHODS = ['getParagraphAlignment', 'setParagraphAlignment'] as const;
const TEXT_RANGE = classSpec<GRange>()('SlidesApp', 'TextRange', RANGE_METHODS);
const TEXT_STYLE = classSpec<GStyle>()('SlidesApp', 'TextStyle', STYLE_METHODS);
const PARAGRAPH_STYLE = classSpec<GParagraph>()('SlidesApp', 'ParagraphStyle', PARAGRAPH_METHODS);

/** What every Slides object checks first: its presentation is still open in this execution. */
export interface Guard {
  readonly env: Env;
  /** Fails when the presentation was saved and closed (or the object removed). */
  check(): void;
}

/** '#1a73e8' as Google takes a hex colour; anything else is refused (the emulator's wording). */
export function hexColor(value: unknown, method: string): string {
  if (typeof value !== 'string') signatureMismatch(method, [value]);
  if (!/^#[0-9a-f]{6}$/i.test(value)) fail(`Invalid hex color: ${value}`);
  return value.toLowerCase();
}

/**
 * Styling a text that has nothing in it: Google's reference does not say
 * what happens, so the emulator refuses it rather than pretend it stuck.
 */
function notEmpty(model: TextModel): void {
  if (model.text === '') fail('The text range is empty: there is no text to style.');
}

export class TextRangeImpl implements Pick<GRange, typeof RANGE_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly model: TextModel) {}

  /** Slides ends every text with a newline, and asString() returns it. */
  asString(): string {
    this.guard.check();
    return `${this.model.text}\n`;
  }

  getLength(): number {
    return this.asString().length;
  }

  isEmpty(): boolean {
    this.guard.check();
    return this.model.text === '';
  }

  /** Replaces the text, keeping its style; returns the range of the new text. */
  setText(newText: string): GRange {
    this.guard.check();
    if (typeof newText !== 'string') signatureMismatch('SlidesApp.TextRange.setText', [newText]);
    this.model.text = newText;
    return this as unknown as GRange;
  }

  getTextStyle(): GStyle {
    this.guard.check();
    return this.guard.env.expose(new TextStyleImpl(this.guard, this.model), TEXT_STYLE);
  }

  getParagraphStyle(): GParagraph {
    this.guard.check();
    return this.guard.env.expose(new ParagraphStyleImpl(this.guard, this.model), PARAGRAPH_STYLE);
  }
}

export function exposeText(guard: Guard, model: TextModel): GRange {
  return guard.env.expose(new TextRangeImpl(guard, model), TEXT_RANGE);
}

class TextStyleImpl implements Pick<GStyle, typeof STYLE_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly model: TextModel) {}

  private get self(): GStyle {
    return this as unknown as GStyle;
  }

  private set(change: () => void): GStyle {
    this.guard.check();
    notEmpty(this.model);
    change();
    return this.self;
  }

  getFontSize(): number {
    this.guard.check();
    return this.model.style.fontSize as number;
  }

  setFontSize(fontSize: number): GStyle {
    if (typeof fontSize !== 'number' || !Number.isFinite(fontSize)) signatureMismatch('SlidesApp.TextStyle.setFontSize', [fontSize]);
    if (fontSize <= 0) fail(`Invalid font size: ${fontSize}`);
    return this.set(() => { this.model.style.fontSize = fontSize; });
  }

  isBold(): boolean {
    this.guard.check();
    return this.model.style.bold ?? false;
  }

  setBold(bold: boolean): GStyle {
    if (typeof bold !== 'boolean') signatureMismatch('SlidesApp.TextStyle.setBold', [bold]);
    return this.set(() => { this.model.style.bold = bold; });
  }

  getFontFamily(): string {
    this.guard.check();
    return this.model.style.fontFamily as string;
  }

  setFontFamily(fontFamily: string): GStyle {
    if (typeof fontFamily !== 'string' || fontFamily === '') signatureMismatch('SlidesApp.TextStyle.setFontFamily', [fontFamily]);
    return this.set(() => { this.model.style.fontFamily = fontFamily; });
  }

  setForegroundColor(color: unknown): GStyle {
    const hex = hexColor(color, 'SlidesApp.TextStyle.setForegroundColor');
    return this.set(() => { this.model.style.color = hex; });
  }
}

class ParagraphStyleImpl implements Pick<GParagraph, typeof PARAGRAPH_METHODS[number]> {
  constructor(private readonly guard: Guard, private readonly model: TextModel) {}

  getParagraphAlignment(): GoogleAppsScript.Slides.ParagraphAlignment {
    this.guard.check();
    return ParagraphAlignment[this.model.alignment ?? 'START'] as unknown as GoogleAppsScript.Slides.ParagraphAlignment;
  }

  setParagraphAlignment(alignment: G['ParagraphAlignment'][keyof G['ParagraphAlignment']]): GParagraph {
    this.guard.check();
    const name = enumName(alignment, 'ParagraphAlignment');
    if (name === null || name === 'UNSUPPORTED') signatureMismatch('SlidesApp.ParagraphStyle.setParagraphAlignment', [alignment]);
    notEmpty(this.model);
    this.model.alignment = name as Alignment;
    return this as unknown as GParagraph;
  }
}
