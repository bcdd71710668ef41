/**
 * UrlFetchApp, serving one address: the Forms API's forms.get
 * (https://forms.googleapis.com/v1/forms/{formId}), which the add-on reads
 * the form through in one call. Any other address is refused: the emulator
 * has no network, and a script fetching elsewhere is a change to look at.
 *
 * Google's rules kept here:
 * - the call needs script.external_request among the manifest's scopes (env.ts);
 * - a manifest's urlFetchWhitelist, when it has one, holds every URL fetched
 *   to its prefixes (https://developers.google.com/apps-script/manifest/allowlist-url);
 * - the API wants `Authorization: Bearer <token>` with a token from
 *   ScriptApp.getOAuthToken() that carries one of forms.get's scopes
 *   (forms.body, forms.body.readonly, drive, drive.file, drive.readonly:
 *   https://developers.google.com/forms/api/reference/rest/v1/forms/get);
 *   FormApp's own `forms` scope is not one of them;
 * - the API must be enabled in the script's Cloud project (an option here);
 * - an answer other than 2xx throws "Request failed …" unless
 *   muteHttpExceptions is set.
 * The error bodies follow Google's JSON error format; their texts are those
 * Google APIs give for these cases, and a script should not depend on them.
 */
import type { Env } from './env';
import { fail, signatureMismatch } from './errors';
import { classSpec } from './expose';
import type { FormItemResource, FormResource, OptionResource, QuestionResource } from './form-resource';
import { numericId, publishedUrl, type FormState } from './form/model';

const FORMS_GET = /^https:\/\/forms\.googleapis\.com\/v1\/forms\/([^/?#]+)(?:\?[^#]*)?$/;
const FORMS_GET_SCOPES = [
  'https://www.googleapis.com/auth/forms.body', 'https://www.googleapis.com/auth/forms.body.readonly',
  'https://www.googleapis.com/auth/drive', 'https://www.googleapis.com/auth/drive.file', 'https://www.googleapis.com/auth/drive.readonly',
];

/** OAuth tokens ScriptApp.getOAuthToken() handed out, with the scopes each carries. */
export class TokenIssuer {
  private readonly tokens = new Map<string, ReadonlySet<string>>();

  constructor(private readonly env: Env) {}

  issue(): string {
    const token = `ya29.emulated-${this.tokens.size + 1}`;
    this.tokens.set(token, new Set(this.env.grantedScopes));
    return token;
  }

  scopesOf(token: string): ReadonlySet<string> | undefined {
    return this.tokens.get(token);
  }
}

export interface UrlFetchContext {
  readonly env: Env;
  readonly tokens: TokenIssuer;
  readonly form: () => FormState | null;
  readonly formsApiEnabled: () => boolean;
  /** How the API writes ids (EmulatorOptions.formsApiIds). */
  readonly apiIds: 'hex' | 'unrelated';
  /** The manifest's urlFetchWhitelist; null when it has none. */
  readonly allowlist: () => readonly string[] | null;
}

const APP_METHODS = ['fetch'] as const;
type GApp = GoogleAppsScript.URL_Fetch.UrlFetchApp;
export const URL_FETCH_APP = classSpec<GApp>()('UrlFetchApp', 'UrlFetchApp', APP_METHODS);

const RESPONSE_METHODS = ['getResponseCode', 'getContentText', 'getHeaders'] as const;
type GResponse = GoogleAppsScript.URL_Fetch.HTTPResponse;
const HTTP_RESPONSE = classSpec<GResponse>()('UrlFetchApp', 'HTTPResponse', RESPONSE_METHODS);

interface Answer {
  readonly code: number;
  readonly body: string;
}

class HttpResponseImpl implements Pick<GResponse, typeof RESPONSE_METHODS[number]> {
  constructor(private readonly answer: Answer) {}

  getResponseCode(): number {
    return this.answer.code;
  }

  getContentText(): string {
    return this.answer.body;
  }

  getHeaders(): object {
    return { 'Content-Type': 'application/json; charset=UTF-8' };
  }
}

export class UrlFetchAppImpl implements Pick<GApp, typeof APP_METHODS[number]> {
  constructor(private readonly context: UrlFetchContext) {}

  fetch(url: string, params?: GoogleAppsScript.URL_Fetch.URLFetchRequestOptions): GResponse {
    if (typeof url !== 'string' || (params !== undefined && (typeof params !== 'object' || params === null))) {
      signatureMismatch('UrlFetchApp.fetch', params === undefined ? [url] : [url, params]);
    }
    const allowlist = this.context.allowlist();
    if (allowlist && !allowlist.some((prefix) => url.startsWith(prefix))) {
      fail(`Script does not have permission to fetch ${url}. The URL is not in the manifest's urlFetchWhitelist.`);
    }
    const method = (params?.method ?? 'get').toLowerCase();
    const found = FORMS_GET.exec(url);
    if (!found || method !== 'get') fail(`The emulator serves no ${method.toUpperCase()} ${url}: only the Forms API's forms.get.`);
    const answer = this.formsGet(decodeURIComponent(found[1]), headerOf(params?.headers, 'Authorization'));
    if ((answer.code < 200 || answer.code > 299) && !params?.muteHttpExceptions) {
      fail(`Request failed for https://forms.googleapis.com returned code ${answer.code}. Truncated server response: ${answer.body.slice(0, 200)}... (use muteHttpExceptions option to examine full response)`);
    }
    return this.context.env.expose(new HttpResponseImpl(answer), HTTP_RESPONSE);
  }

  private formsGet(formId: string, authorization: string | undefined): Answer {
    const token = /^Bearer (.+)$/.exec(authorization ?? '')?.[1];
    const scopes = token === undefined ? undefined : this.context.tokens.scopesOf(token);
    if (!scopes) {
      return apiError(401, 'UNAUTHENTICATED', 'Request is missing required authentication credential. Expected OAuth 2 access token, login cookie or other valid authentication credential.');
    }
    if (!this.context.formsApiEnabled()) {
      return apiError(403, 'PERMISSION_DENIED', 'Google Forms API has not been used in project 1234567890 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/forms.googleapis.com/overview?project=1234567890 then retry.');
    }
    if (!FORMS_GET_SCOPES.some((scope) => scopes.has(scope))) {
      return apiError(403, 'PERMISSION_DENIED', 'Request had insufficient authentication scopes.');
    }
    const form = this.context.form();
    if (!form || form.resource.formId !== formId) return apiError(404, 'NOT_FOUND', 'Requested entity was not found.');
    if (form.unavailable) return apiError(403, 'PERMISSION_DENIED', 'The caller does not have permission');
    return { code: 200, body: JSON.stringify(apiForm(form.resource, this.context.apiIds)) };
  }
}

function headerOf(headers: GoogleAppsScript.URL_Fetch.HttpHeaders | undefined, name: string): string | undefined {
  const entry = Object.entries(headers ?? {}).find(([key]) => key.toLowerCase() === name.toLowerCase());
  return typeof entry?.[1] === 'string' ? entry[1] : undefined;
}

function apiError(code: number, status: string, message: string): Answer {
  return { code, body: JSON.stringify({ error: { code, message, status } }, null, 2) };
}

/**
 * The form as the Forms API answers: ids are hexadecimal strings whose
 * value is FormApp's number (an item's getId(), a question's `entry.N`) —
 * as reported of Google's forms, not documented: hence the 'unrelated'
 * option —, a
 * page break has no fields (where the section before it goes is FormApp's
 * alone), and the respondents' link is responderUri.
 */
function apiForm(resource: FormResource, ids: 'hex' | 'unrelated'): unknown {
  // 'unrelated': still hexadecimal, but not FormApp's numbers.
  const hex = (id: string) => ((numericId(id) ^ (ids === 'hex' ? 0 : 0x5a5a5a5a)) >>> 0).toString(16).padStart(8, '0');
  const option = (choice: OptionResource): OptionResource => (choice.goToSectionId === undefined ? choice : { ...choice, goToSectionId: hex(choice.goToSectionId) });
  const question = (asked: QuestionResource): QuestionResource => ({
    ...asked,
    questionId: hex(asked.questionId),
    ...(asked.choiceQuestion ? { choiceQuestion: { ...asked.choiceQuestion, options: asked.choiceQuestion.options.map(option) } } : {}),
    // FormApp reads an unset lower bound as 1; the API would name it.
    ...(asked.scaleQuestion ? { scaleQuestion: { ...asked.scaleQuestion, low: asked.scaleQuestion.low ?? 1 } } : {}),
  });
  const item = (entry: FormItemResource): FormItemResource => ({
    ...entry,
    itemId: hex(entry.itemId),
    ...(entry.questionItem ? { questionItem: { question: question(entry.questionItem.question) } } : {}),
    ...(entry.questionGroupItem ? { questionGroupItem: { ...entry.questionGroupItem, questions: entry.questionGroupItem.questions.map(question) } } : {}),
    ...(entry.pageBreakItem ? { pageBreakItem: {} } : {}),
  });
  return {
    formId: resource.formId, info: resource.info, ...(resource.settings ? { settings: resource.settings } : {}),
    items: resource.items.map(item), responderUri: publishedUrl(resource), revisionId: resource.revisionId ?? '00000001',
  };
}
