/**
 * Logger and console: captured in Env.logs (and echoed when asked), never
 * lost. Logger.log(format, values…) substitutes %s/%d like Apps Script.
 */
import type { Env } from './env';
import { classSpec } from './expose';

const METHODS = ['log', 'getLog', 'clear'] as const;
type GLogger = GoogleAppsScript.Base.Logger;
export const LOGGER = classSpec<GLogger>()('Logger', 'Logger', METHODS);

function show(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toString();
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  if (typeof value === 'object' && value !== null) {
    try {
      return JSON.stringify(value);
    } catch {
      return String(value);
    }
  }
  return String(value);
}

export function formatTemplate(template: string, values: readonly unknown[]): string {
  let index = 0;
  return template.replace(/%([sdif%])/g, (token, kind: string) => {
    if (kind === '%') return '%';
    if (index >= values.length) return token;
    const value = values[index++];
    return kind === 's' ? show(value) : String(kind === 'f' ? Number(value) : Math.trunc(Number(value)));
  });
}

export class LoggerImpl implements Pick<GLogger, typeof METHODS[number]> {
  private lines: string[] = [];

  constructor(private readonly env: Env) {}

  log(data: unknown, ...values: unknown[]): GLogger {
    const message = typeof data === 'string' && values.length > 0 ? formatTemplate(data, values) : show(data);
    this.lines.push(message);
    this.env.log({ source: 'Logger', level: 'log', message });
    return this as unknown as GLogger;
  }

  getLog(): string {
    return this.lines.map((line) => `${line}\n`).join('');
  }

  clear(): void {
    this.lines = [];
  }
}

export function createConsole(env: Env): Pick<Console, 'log' | 'info' | 'warn' | 'error' | 'time' | 'timeEnd'> {
  const timers = new Map<string, number>();
  const write = (level: 'log' | 'info' | 'warn' | 'error') => (...values: unknown[]) => {
    const [first, ...rest] = values;
    const message = typeof first === 'string' && rest.length > 0 && /%[sdif]/.test(first)
      ? formatTemplate(first, rest)
      : values.map(show).join(' ');
    env.log({ source: 'console', level, message });
  };
  return {
    log: write('log'), info: write('info'), warn: write('warn'), error: write('error'),
    time: (label = 'default') => { timers.set(label, env.nowMs()); },
    timeEnd: (label = 'default') => {
      const start = timers.get(label);
      if (start !== undefined) env.log({ source: 'console', level: 'log', message: `${label}: ${env.nowMs() - start}ms` });
      timers.delete(label);
    },
  };
}
