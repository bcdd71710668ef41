/**
 * HtmlService: HtmlOutput from a string or from `<htmlDir>/<name>.html` (the
 * built dist/ by default, where the dialogs are bundled). Templates are not
 * emulated.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SandboxMode, XFrameOptionsMode } from './enums';
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';

const OUTPUT_METHODS = [
  'getContent', 'setContent', 'append', 'clear', 'getTitle', 'setTitle', 'getWidth', 'setWidth', 'getHeight', 'setHeight',
  'setSandboxMode', 'setXFrameOptionsMode', 'addMetaTag', 'setFaviconUrl',
] as const;
type GOutput = GoogleAppsScript.HTML.HtmlOutput;
const HTML_OUTPUT = classSpec<GOutput>()('HtmlService', 'HtmlOutput', OUTPUT_METHODS);

const SERVICE_METHODS = ['createHtmlOutput', 'createHtmlOutputFromFile'] as const;
const SERVICE_CONSTANTS = ['SandboxMode', 'XFrameOptionsMode'] as const;
type GService = GoogleAppsScript.HTML.HtmlService;
export const HTML_SERVICE = classSpec<GService>()('HtmlService', 'HtmlService', SERVICE_METHODS, SERVICE_CONSTANTS);

export class HtmlOutputImpl implements Pick<GOutput, typeof OUTPUT_METHODS[number]> {
  content: string;
  title = '';
  /** null until set: the dialog's own default applies. */
  width: number | null = null;
  height: number | null = null;
  readonly metaTags: Array<{ name: string; content: string }> = [];

  constructor(content: string) {
    this.content = content;
  }

  private get self(): GOutput {
    return this as unknown as GOutput;
  }

  getContent(): string {
    return this.content;
  }

  setContent(content: string): GOutput {
    this.content = String(content);
    return this.self;
  }

  append(addedContent: string): GOutput {
    this.content += String(addedContent);
    return this.self;
  }

  clear(): GOutput {
    this.content = '';
    return this.self;
  }

  getTitle(): string {
    return this.title;
  }

  setTitle(title: string): GOutput {
    this.title = String(title);
    return this.self;
  }

  getWidth(): number {
    return this.width ?? 0;
  }

  setWidth(width: number): GOutput {
    if (typeof width !== 'number') signatureMismatch('HtmlService.HtmlOutput.setWidth', [width]);
    this.width = width;
    return this.self;
  }

  getHeight(): number {
    return this.height ?? 0;
  }

  setHeight(height: number): GOutput {
    if (typeof height !== 'number') signatureMismatch('HtmlService.HtmlOutput.setHeight', [height]);
    this.height = height;
    return this.self;
  }

  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): GOutput {
    void mode;
    return this.self;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): GOutput {
    void mode;
    return this.self;
  }

  addMetaTag(name: string, content: string): GOutput {
    this.metaTags.push({ name: String(name), content: String(content) });
    return this.self;
  }

  setFaviconUrl(iconUrl: string): GOutput {
    void iconUrl;
    return this.self;
  }
}

export class HtmlServiceImpl implements Pick<GService, typeof SERVICE_METHODS[number] | typeof SERVICE_CONSTANTS[number]> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;

  constructor(private readonly env: Env, private readonly htmlDir: string) {}

  createHtmlOutput(html?: unknown): GOutput {
    if (html !== undefined && typeof html !== 'string') signatureMismatch('HtmlService.createHtmlOutput', [html]);
    return this.env.expose(new HtmlOutputImpl(html ?? ''), HTML_OUTPUT);
  }

  /** Google's text for a missing file: "No HTML file named X was found." (from issue reports). */
  createHtmlOutputFromFile(filename: string): GOutput {
    if (typeof filename !== 'string') signatureMismatch('HtmlService.createHtmlOutputFromFile', [filename]);
    const base = filename.replace(/\.html$/, '');
    const path = join(this.htmlDir, `${base}.html`);
    if (!existsSync(path)) fail(`No HTML file named ${filename} was found.`);
    return this.env.expose(new HtmlOutputImpl(readFileSync(path, 'utf8')), HTML_OUTPUT);
  }
}
