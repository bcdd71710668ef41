/**
 * Which service each call the emulator counted belongs to: every class a
 * service hands out counts as that service (a Range or a chart builder as
 * Spreadsheet, a form Item as Form, a table on a slide as Slides …).
 * `serviceCalls` are the round trips to Google's Spreadsheet, Form, Mail,
 * Slides (SlidesApp and the Slides API) and UrlFetch (the Forms API)
 * services; the others (Cache,
 * Properties, Lock, Script triggers, Session, Html, Utilities, Logger) are
 * counted each apart in `byService`. A class the emulator gains later and
 * that is listed nowhere here fails loudly instead of going uncounted.
 */

const SERVICES = {
  spreadsheet: [
    'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'RangeList', 'DeveloperMetadata', 'DeveloperMetadataFinder',
    'EmbeddedChartBuilder', 'EmbeddedChart', 'ContainerInfo', 'Charts', 'ChartOptions', 'Ui', 'Menu', 'PromptResponse',
  ],
  form: [
    'FormApp', 'Form', 'FormResponse', 'ItemResponse', 'Item', 'Choice', 'MultipleChoiceItem', 'CheckboxItem', 'ListItem',
    'ScaleItem', 'GridItem', 'CheckboxGridItem', 'TextItem', 'ParagraphTextItem', 'PageBreakItem', 'SectionHeaderItem',
    'DateItem', 'DateTimeItem', 'TimeItem', 'DurationItem',
  ],
  mail: ['MailApp'],
  urlfetch: ['UrlFetchApp', 'HTTPResponse'],
  slides: [
    'SlidesApp', 'Presentation', 'Slide', 'PageElement', 'Shape', 'Table', 'TableCell', 'TableColumn', 'TableRow', 'Image',
    'TextRange', 'TextStyle', 'ParagraphStyle', 'Fill', 'Border', 'Slides', 'Presentations',
  ],
  cache: ['CacheService', 'Cache'],
  properties: ['PropertiesService', 'Properties'],
  lock: ['LockService', 'Lock'],
  script: ['ScriptApp', 'Trigger', 'TriggerBuilder', 'ClockTriggerBuilder', 'SpreadsheetTriggerBuilder'],
  session: ['Session', 'User'],
  html: ['HtmlService', 'HtmlOutput'],
  utilities: ['Utilities', 'Blob'],
  logger: ['Logger'],
} as const;

export type Service = keyof typeof SERVICES;

const SERVICE_OF = new Map<string, Service>(
  (Object.entries(SERVICES) as Array<[Service, readonly string[]]>).flatMap(([service, classes]) => classes.map((name) => [name, service] as const)),
);

export interface CallSummary {
  /** Spreadsheet + Form + Mail + Slides + UrlFetch. */
  readonly serviceCalls: number;
  readonly byService: Readonly<Record<Service, number>>;
}

/** `byMethod` as CallCounter.byMethod() gives it ('Range.getValues' → count). */
export function summarizeCalls(byMethod: Readonly<Record<string, number>>): CallSummary {
  const byService = Object.fromEntries(Object.keys(SERVICES).map((service) => [service, 0])) as Record<Service, number>;
  for (const [method, count] of Object.entries(byMethod)) {
    const name = method.slice(0, method.indexOf('.'));
    const service = SERVICE_OF.get(name);
    if (!service) throw new Error(`The benchmark does not know which service ${name} belongs to (${method}).`);
    byService[service] += count;
  }
  return { serviceCalls: byService.spreadsheet + byService.form + byService.mail + byService.slides + byService.urlfetch, byService };
}
