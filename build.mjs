// Builds everything from one place so that Google, the tests and `npm start`
// all run the same bundle:
//   dist/   what clasp pushes: Code.js, one self-contained HTML file per dialog, appsscript.json
//   build/  Node-only programs: the local run (cli.mjs) and the benchmark (bench.mjs)
import * as esbuild from 'esbuild';
import { readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, copyFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const quiet = process.argv.includes('--quiet');
// --addon: the bundle an Editor add-on publishes (every menu under 拡張機能);
// without it, a script bound to the spreadsheet (its own menu in the menu bar).
const addon = process.argv.includes('--addon');
// --out DIR: where the pushed files go (default dist/), e.g. to build both variants.
const outAt = process.argv.indexOf('--out');
const DIST = outAt >= 0 ? process.argv[outAt + 1] : 'dist';
const log = (line) => { if (!quiet) console.log(line); };
const GLOBAL = '__addon';
// The 'neutral' platform reads no package.json entry field unless told: the
// packages bundled into the script (tiny-segmenter) name theirs in "main".
const MAIN_FIELDS = ['module', 'main'];

/** Names exported by src/main.ts: each one becomes a top-level function Google can call. */
async function entryPointNames() {
  const probe = await esbuild.build({
    entryPoints: ['src/main.ts'], bundle: true, format: 'esm', write: false, metafile: true,
    target: 'es2020', platform: 'neutral', mainFields: MAIN_FIELDS, logLevel: 'silent',
  });
  const [output] = Object.values(probe.metafile.outputs);
  return [...output.exports].sort();
}

async function buildScript() {
  const names = await entryPointNames();
  const result = await esbuild.build({
    entryPoints: ['src/main.ts'], bundle: true, format: 'iife', globalName: GLOBAL, write: false,
    // The licence notices of bundled code (/*! … */) go at the end of the file.
    target: 'es2020', platform: 'neutral', mainFields: MAIN_FIELDS, charset: 'utf8', legalComments: 'eof', logLevel: 'warning',
    define: { BUILD_AS_ADDON: String(addon) },
  });
  const body = result.outputFiles[0].text;
  // Google finds menu handlers, google.script.run targets and triggers only
  // among top-level function declarations, so each export gets one.
  const wrappers = names
    .map((name) => `function ${name}(...args) {\n  return ${GLOBAL}.${name}(...args);\n}`)
    .join('\n\n');
  writeFileSync(join(DIST, 'Code.js'), `${body}\n${wrappers}\n`);
  return names;
}

/**
 * Each folder of src/ui with a main.ts is a dialog: the shared page
 * (src/ui/shared/page.html) with that folder's script and style inlined.
 */
async function buildDialogs() {
  const page = readFileSync('src/ui/shared/page.html', 'utf8');
  const sharedCss = readFileSync('src/ui/shared/style.css', 'utf8');
  const built = [];
  for (const name of readdirSync('src/ui')) {
    const dir = join('src/ui', name);
    if (name === 'shared' || !existsSync(join(dir, 'main.ts'))) continue;
    const script = await esbuild.build({
      entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'iife', write: false,
      target: 'es2020', platform: 'browser', charset: 'utf8', legalComments: 'none', logLevel: 'warning',
    });
    const js = script.outputFiles[0].text.replace(/<\/(script)/gi, '<\\/$1');
    const cssPath = join(dir, 'style.css');
    const css = existsSync(cssPath) ? readFileSync(cssPath, 'utf8') : '';
    const html = page
      .replace('<!-- style -->', () => `<style>\n${sharedCss}\n${css}</style>`)
      .replace('<!-- script -->', () => `<script>\n${js}</script>`);
    writeFileSync(join(DIST, `${name}.html`), html);
    built.push(name);
  }
  return built;
}

async function buildNodePrograms() {
  const programs = { cli: 'cli/main.ts', bench: 'bench/main.ts', round2: 'bench/round2-main.ts' };
  for (const [name, entry] of Object.entries(programs)) {
    if (!existsSync(entry)) continue;
    await esbuild.build({
      entryPoints: [entry], bundle: true, format: 'esm', platform: 'node', target: 'node20',
      packages: 'external', outfile: `build/${name}.mjs`, logLevel: 'warning', sourcemap: 'linked',
    });
  }
}

rmSync(DIST, { recursive: true, force: true });
mkdirSync(DIST, { recursive: true });
mkdirSync('build', { recursive: true });
const names = await buildScript();
const dialogs = await buildDialogs();
copyFileSync('appsscript.json', join(DIST, 'appsscript.json'));
await buildNodePrograms();
log(`${DIST}/Code.js${addon ? ' (Editor add-on)' : ''}: ${names.length} entry points (${names.join(', ')})`);
log(`${DIST}/*.html: ${dialogs.join(', ') || 'none'}`);
