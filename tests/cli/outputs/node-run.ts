/**
 * Runs an export of a CLI module in a separate Node process, bundled the way
 * build.mjs bundles the CLI. Vega and Vega-Lite are ES modules only, which
 * Jest on Node 20 cannot load without --experimental-vm-modules; a child
 * process loads them as `npm start` does.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

/** JSON that keeps Dates (a WorkbookView holds them) as `{"$date": iso}`. */
function encode(value: unknown): string {
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, encoded: unknown) {
    const raw = this[key];
    return raw instanceof Date ? { $date: raw.toISOString() } : encoded;
  });
}

/** Calls `exportName` of `modulePath` (relative to the project root) with `args`; resolves to its JSON result. */
export async function callInNode<T>(modulePath: string, exportName: string, args: readonly unknown[]): Promise<T> {
  const driver = `
import { ${exportName} as target } from './${modulePath}';
const args = JSON.parse(${JSON.stringify(encode(args))},
  (_, value) => (value && typeof value === 'object' && typeof value.$date === 'string' ? new Date(value.$date) : value));
const result = await target(...args);
process.stdout.write('\\n' + JSON.stringify(result ?? null));
`;
  const bundle = await build({
    stdin: { contents: driver, resolveDir: ROOT, loader: 'ts', sourcefile: 'driver.ts' },
    bundle: true, format: 'esm', platform: 'node', target: 'node20', packages: 'external', write: false, logLevel: 'silent',
  });
  // --input-type=module resolves the external packages from the working directory.
  const child = spawnSync(process.execPath, ['--input-type=module'], {
    cwd: ROOT, input: bundle.outputFiles[0].text, encoding: 'utf8', timeout: 60_000,
  });
  if (child.status !== 0) throw new Error(`${modulePath} ${exportName} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? 'null') as T;
}
