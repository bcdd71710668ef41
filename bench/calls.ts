/**
 * Which of the calls the emulator counted are service calls that cost a round
 * trip to Google's Spreadsheet, Form or Mail service: every class those
 * services hand out (a Range, a chart builder, the Ui a dialog is shown with,
 * a form Item …). Properties, Lock, Script triggers, Session, Html, Logger and
 * Utilities are counted apart as `other`. A class the emulator gains later
 * and that is listed nowhere here fails loudly instead of going uncounted.
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
  other: [
    'PropertiesService', 'Properties', 'LockService', 'Lock', 'ScriptApp', 'Trigger', 'TriggerBuilder', 'ClockTriggerBuilder',
    'SpreadsheetTriggerBuilder', 'Session', 'User', 'HtmlService', 'HtmlOutput', 'Logger', 'Utilities', 'Blob',
  ],
} as const;

export type Service = keyof typeof SERVICES;

const SERVICE_OF = new Map<string, Service>(
  (Object.entries(SERVICES) as Array<[Service, readonly string[]]>).flatMap(([service, classes]) => classes.map((name) => [name, service] as const)),
);

export interface CallSummary {
  /** Spreadsheet + Form + Mail. */
  readonly serviceCalls: number;
  readonly byService: Readonly<Record<Service, number>>;
}

/** `byMethod` as CallCounter.byMethod() gives it ('Range.getValues' → count). */
export function summarizeCalls(byMethod: Readonly<Record<string, number>>): CallSummary {
  const byService: Record<Service, number> = { spreadsheet: 0, form: 0, mail: 0, other: 0 };
  for (const [method, count] of Object.entries(byMethod)) {
    const name = method.slice(0, method.indexOf('.'));
    const service = SERVICE_OF.get(name);
    if (!service) throw new Error(`The benchmark does not know which service ${name} belongs to (${method}).`);
    byService[service] += count;
  }
  return { serviceCalls: byService.spreadsheet + byService.form + byService.mail, byService };
}
