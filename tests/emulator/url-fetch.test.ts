/**
 * UrlFetchApp and the one address the emulator serves, the Forms API's
 * forms.get: held to the manifest's scopes and allowlist, answering as
 * Google does when the API is off, the token lacks a scope or the form is
 * gone, and giving ids as the API writes them (hexadecimal FormApp numbers).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Emulator, loadBundle } from '../../emulator';
import type { FormResource } from '../../emulator/form-resource';

const form = JSON.parse(readFileSync(join(__dirname, '../../samples/form.json'), 'utf8')) as FormResource;
const FORMS = 'https://www.googleapis.com/auth/forms';
const FORMS_READ = 'https://www.googleapis.com/auth/forms.body.readonly';
const FETCH = 'https://www.googleapis.com/auth/script.external_request';

const script = `
function get(mute, url) {
  const answer = UrlFetchApp.fetch(url || 'https://forms.googleapis.com/v1/forms/${form.formId}', {
    headers: { Authorization: 'Bearer ' + ScriptApp.getOAuthToken() }, muteHttpExceptions: mute,
  });
  return { code: answer.getResponseCode(), body: JSON.parse(answer.getContentText()) };
}
function anonymous() {
  return UrlFetchApp.fetch('https://forms.googleapis.com/v1/forms/${form.formId}', { muteHttpExceptions: true }).getResponseCode();
}
function itemIds() { return FormApp.openById('${form.formId}').getItems().map(function (item) { return item.getId(); }); }
function onOpen() { UrlFetchApp.fetch('https://forms.googleapis.com/v1/forms/${form.formId}'); }`;

function bundleWith(manifest: object, options: { formsApi?: boolean; formUnavailable?: boolean } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'url-fetch-'));
  writeFileSync(join(dir, 'Code.js'), script);
  writeFileSync(join(dir, 'appsscript.json'), JSON.stringify(manifest));
  const emulator = new Emulator({ form, ...options });
  return { emulator, bundle: loadBundle(emulator, join(dir, 'Code.js')) };
}

const granted = { oauthScopes: [FORMS, FORMS_READ, FETCH, 'https://www.googleapis.com/auth/script.scriptapp'], urlFetchWhitelist: ['https://forms.googleapis.com/v1/forms/'] };

describe('UrlFetchApp and the Forms API', () => {
  it('gives the form with hexadecimal ids that are FormApp\'s numbers, and page breaks without fields', () => {
    const { bundle } = bundleWith(granted);
    const { code, body } = bundle.call('get', true) as { code: number; body: { items: Array<{ itemId: string; pageBreakItem?: object }>; responderUri: string } };
    expect(code).toBe(200);
    const numbers = body.items.map((item) => parseInt(item.itemId, 16));
    expect(numbers).toEqual(bundle.call('itemIds'));
    for (const item of body.items) expect(item.itemId).toMatch(/^[0-9a-f]{8}$/);
    expect(body.items.filter((item) => item.pageBreakItem).every((item) => Object.keys(item.pageBreakItem ?? {}).length === 0)).toBe(true);
    expect(body.responderUri).toMatch(/\/viewform$/);
  });

  it('needs script.external_request in the manifest, as Google does for a script that lists its scopes', () => {
    const { bundle } = bundleWith({ oauthScopes: [FORMS, FORMS_READ] });
    expect(() => bundle.call('get', true)).toThrow('You do not have permission to call UrlFetchApp.fetch. Required permissions: https://www.googleapis.com/auth/script.external_request');
  });

  it('fetches only what the manifest\'s urlFetchWhitelist allows', () => {
    const { bundle } = bundleWith(granted);
    expect(() => bundle.call('get', true, 'https://example.com/')).toThrow('urlFetchWhitelist');
  });

  it('answers 403 to a token without a Forms API scope: FormApp\'s own scope is not one', () => {
    const { bundle } = bundleWith({ oauthScopes: [FORMS, FETCH] });
    const { code, body } = bundle.call('get', true) as { code: number; body: { error: { status: string; message: string } } };
    expect(code).toBe(403);
    expect(body.error).toMatchObject({ status: 'PERMISSION_DENIED', message: 'Request had insufficient authentication scopes.' });
  });

  it('answers 401 without a token, 403 when the API is not enabled, and throws on either unless muted', () => {
    expect(bundleWith(granted).bundle.call('anonymous')).toBe(401);
    const off = bundleWith(granted, { formsApi: false });
    const { code, body } = off.bundle.call('get', true) as { code: number; body: { error: { message: string } } };
    expect(code).toBe(403);
    expect(body.error.message).toContain('Google Forms API has not been used in project');
    expect(() => off.bundle.call('get', false)).toThrow('Request failed for https://forms.googleapis.com returned code 403.');
  });

  it('answers 403 when the user can no longer open the form', () => {
    const { bundle } = bundleWith(granted, { formUnavailable: true });
    expect((bundle.call('get', true) as { code: number }).code).toBe(403);
  });

  it('is not for simple triggers, which cannot use services that need authorisation', () => {
    const { bundle } = bundleWith(granted);
    expect(() => bundle.open()).toThrow('You do not have permission to call UrlFetchApp.fetch.');
  });
});
