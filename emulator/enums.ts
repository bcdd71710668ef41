/**
 * Apps Script enums. At run time a member is an object, not a number: it
 * prints its name (toString, JSON) and answers name() and ordinal(), and the
 * same member is always the same object, so `e.authMode === ScriptApp.AuthMode.NONE`
 * works while arithmetic on members does not (it does not in Google either).
 * The members offered are checked against @types/google-apps-script.
 */

interface Member {
  toString(): string;
  toJSON(): string;
  name(): string;
  ordinal(): number;
}

const names = new WeakMap<object, { readonly type: string; readonly name: string }>();

function member(type: string, name: string, ordinal: number): Member {
  const value: Member = Object.freeze({
    toString: () => name,
    toJSON: () => name,
    name: () => name,
    ordinal: () => ordinal,
  });
  names.set(value, { type, name });
  return value;
}

/**
 * `keys` must be member names of Google's enum E; their order gives ordinal().
 * A subset is allowed: members the add-on cannot meet are left out on purpose.
 */
function defineEnum<E extends object>(type: string, keys: ReadonlyArray<keyof E & string>): E {
  const members: Record<string, Member> = {};
  keys.forEach((key, ordinal) => { members[key] = member(type, key, ordinal); });
  return Object.freeze(members) as unknown as E;
}

/** The member's name when `value` is a member of the enum called `type`, else null. */
export function enumName(value: unknown, type?: string): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const entry = names.get(value);
  if (!entry || (type !== undefined && entry.type !== type)) return null;
  return entry.name;
}

type G = typeof GoogleAppsScript;

export const Button = defineEnum<typeof GoogleAppsScript.Base.Button>('Button', ['CLOSE', 'OK', 'CANCEL', 'YES', 'NO']);
export const ButtonSet = defineEnum<typeof GoogleAppsScript.Base.ButtonSet>('ButtonSet', ['OK', 'OK_CANCEL', 'YES_NO', 'YES_NO_CANCEL']);
export const Weekday = defineEnum<typeof GoogleAppsScript.Base.Weekday>('Weekday', [
  'SUNDAY', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY',
]);

export const AuthMode = defineEnum<typeof GoogleAppsScript.Script.AuthMode>('AuthMode', ['NONE', 'CUSTOM_FUNCTION', 'LIMITED', 'FULL']);
export const EventType = defineEnum<typeof GoogleAppsScript.Script.EventType>('EventType', [
  'CLOCK', 'ON_OPEN', 'ON_EDIT', 'ON_FORM_SUBMIT', 'ON_CHANGE', 'ON_EVENT_UPDATED',
]);
export const TriggerSource = defineEnum<typeof GoogleAppsScript.Script.TriggerSource>('TriggerSource', [
  'SPREADSHEETS', 'CLOCK', 'FORMS', 'DOCUMENTS', 'CALENDAR',
]);

export const ChartType = defineEnum<typeof GoogleAppsScript.Charts.ChartType>('ChartType', [
  'TIMELINE', 'AREA', 'BAR', 'BUBBLE', 'CANDLESTICK', 'COLUMN', 'COMBO', 'GAUGE', 'GEO', 'HISTOGRAM', 'RADAR',
  'LINE', 'ORG', 'PIE', 'SCATTER', 'SPARKLINE', 'STEPPED_AREA', 'TABLE', 'TREEMAP', 'WATERFALL',
]);

export const ItemType = defineEnum<typeof GoogleAppsScript.Forms.ItemType>('ItemType', [
  'CHECKBOX', 'CHECKBOX_GRID', 'DATE', 'DATETIME', 'DURATION', 'GRID', 'IMAGE', 'LIST', 'MULTIPLE_CHOICE',
  'PAGE_BREAK', 'PARAGRAPH_TEXT', 'SCALE', 'SECTION_HEADER', 'TEXT', 'TIME', 'VIDEO', 'FILE_UPLOAD',
]);
export const DestinationType = defineEnum<typeof GoogleAppsScript.Forms.DestinationType>('DestinationType', ['SPREADSHEET']);
export const PageNavigationType = defineEnum<typeof GoogleAppsScript.Forms.PageNavigationType>('PageNavigationType', [
  'CONTINUE', 'GO_TO_PAGE', 'RESTART', 'SUBMIT',
]);

export const SandboxMode = defineEnum<typeof GoogleAppsScript.HTML.SandboxMode>('SandboxMode', ['EMULATED', 'IFRAME', 'NATIVE']);
export const XFrameOptionsMode = defineEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>('XFrameOptionsMode', ['ALLOWALL', 'DEFAULT']);

export const Charset = defineEnum<typeof GoogleAppsScript.Utilities.Charset>('Charset', ['US_ASCII', 'UTF_8']);

export const DeveloperMetadataVisibility = defineEnum<G['Spreadsheet']['DeveloperMetadataVisibility']>(
  'DeveloperMetadataVisibility', ['DOCUMENT', 'PROJECT'],
);
export const DeveloperMetadataLocationType = defineEnum<G['Spreadsheet']['DeveloperMetadataLocationType']>(
  'DeveloperMetadataLocationType', ['SPREADSHEET', 'SHEET', 'ROW', 'COLUMN'],
);
export const Dimension = defineEnum<G['Spreadsheet']['Dimension']>('Dimension', ['COLUMNS', 'ROWS']);
export const WrapStrategy = defineEnum<G['Spreadsheet']['WrapStrategy']>('WrapStrategy', ['WRAP', 'OVERFLOW', 'CLIP']);
export const SheetType = defineEnum<G['Spreadsheet']['SheetType']>('SheetType', ['GRID', 'OBJECT']);

type GSlides = typeof GoogleAppsScript.Slides;
export const PredefinedLayout = defineEnum<GSlides['PredefinedLayout']>('PredefinedLayout', [
  'UNSUPPORTED', 'BLANK', 'CAPTION_ONLY', 'TITLE', 'TITLE_AND_BODY', 'TITLE_AND_TWO_COLUMNS', 'TITLE_ONLY', 'SECTION_HEADER',
  'SECTION_TITLE_AND_DESCRIPTION', 'ONE_COLUMN_TEXT', 'MAIN_POINT', 'BIG_NUMBER',
]);
/** The plain shapes; Google has some 150 more, which the add-on never draws. */
export const ShapeType = defineEnum<GSlides['ShapeType']>('ShapeType', ['TEXT_BOX', 'RECTANGLE', 'ROUND_RECTANGLE', 'ELLIPSE']);
export const ParagraphAlignment = defineEnum<GSlides['ParagraphAlignment']>('ParagraphAlignment', ['UNSUPPORTED', 'START', 'CENTER', 'END', 'JUSTIFIED']);
export const ContentAlignment = defineEnum<GSlides['ContentAlignment']>('ContentAlignment', ['UNSUPPORTED', 'TOP', 'MIDDLE', 'BOTTOM']);
export const PageElementType = defineEnum<GSlides['PageElementType']>('PageElementType', [
  'UNSUPPORTED', 'SHAPE', 'IMAGE', 'VIDEO', 'TABLE', 'GROUP', 'LINE', 'WORD_ART', 'SHEETS_CHART',
]);
