/**
 * dist/ is what Google runs: one script with every entry point as a real
 * top-level function, no module syntax, one HTML file per dialog, and a
 * manifest with narrow scopes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { REPO, sampleBook } from './harness';

const code = readFileSync(join(REPO, 'dist/Code.js'), 'utf8');
const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, true, ts.ScriptKind.JS);

const topLevelFunctions = source.statements.filter(ts.isFunctionDeclaration).map((declaration) => declaration.name?.text);

/** The names src/main.ts exports, read from its source (what build.mjs must turn into functions). */
function exportedEntryPoints(): string[] {
  const main = ts.createSourceFile('main.ts', readFileSync(join(REPO, 'src/main.ts'), 'utf8'), ts.ScriptTarget.ES2020, true);
  return main.statements.filter(ts.isExportDeclaration).flatMap((declaration) => {
    const clause = declaration.exportClause;
    return clause && ts.isNamedExports(clause) ? clause.elements.map((element) => element.name.text) : [];
  });
}

describe('dist/Code.js', () => {
  it('declares every exported entry point as a top-level function', () => {
    const exported = exportedEntryPoints();
    expect(exported.length).toBeGreaterThan(10);
    expect(topLevelFunctions.sort()).toEqual(exported.sort());
  });

  it('contains no module syntax', () => {
    const moduleSyntax = source.statements.filter((statement) => ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)
      || (ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)));
    expect(moduleSyntax).toEqual([]);
    expect(code).not.toMatch(/\bimport\s*\(/);
  });

  it('builds its menu from functions that exist, in the menu bar when bound and under Extensions for a new add-on', () => {
    const book = sampleBook();
    book.bundle.open('LIMITED');
    const [bound] = book.emulator.ui.menus();
    expect(bound).toMatchObject({ title: 'アンケート集計' });
    const handlers = JSON.stringify(bound).match(/"functionName":"(\w+)"/g)?.map((match) => match.slice(16, -1)) ?? [];
    expect(handlers).toEqual(expect.arrayContaining(['generateSummary', 'openPaperEntry', 'openPaperImport', 'openReminders', 'openSettings']));
    for (const handler of handlers) expect(topLevelFunctions).toContain(handler);
    const labels = JSON.stringify(bound);
    for (const label of ['集計を作成', '郵送回答を入力', '郵送回答を一括取り込み', 'リマインドメール…', '設定']) expect(labels).toContain(label);

    book.emulator.ui.clear();
    book.bundle.open('NONE');
    // The add-on menu has no title of its own: it is Extensions ▸ the add-on's name.
    expect(book.emulator.ui.menus()[0]).toMatchObject({ title: null });
  });

  it('has an HTML file for every dialog a menu item opens', () => {
    const book = sampleBook();
    for (const handler of ['openPaperEntry', 'openPaperImport', 'openRosterImport', 'openReminders']) book.bundle.call(handler);
    const shown = book.emulator.ui.events.filter((event) => event.kind === 'sidebar' || event.kind === 'modal');
    expect(shown).toHaveLength(4);
    for (const event of shown) expect(JSON.stringify(event)).toContain('<script>');
  });
});

describe('dist/appsscript.json', () => {
  const manifest = JSON.parse(readFileSync(join(REPO, 'dist/appsscript.json'), 'utf8'));

  it('runs on V8 in Tokyo time with an explicit, narrow list of scopes', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', timeZone: 'Asia/Tokyo' });
    expect(manifest.oauthScopes).toContain('https://www.googleapis.com/auth/spreadsheets.currentonly');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
    expect(manifest.oauthScopes).not.toContain('https://www.googleapis.com/auth/drive');
    expect(manifest.oauthScopes).not.toContain('https://mail.google.com/');
  });
});
