/**
 * npm run sample:round2: writes samples/round2/ (the sample's second round,
 * see round2.ts) from samples/form.json.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FormResource } from '../emulator';
import { round2Files } from './round2';

// The program is build/round2.mjs: the repository is one folder up.
const REPO = resolve(dirname(process.argv[1]), '..');
const first = JSON.parse(readFileSync(join(REPO, 'samples/form.json'), 'utf8')) as FormResource;
const out = join(REPO, 'samples/round2');
mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(round2Files(first))) {
  writeFileSync(join(out, name), text);
  console.log(join('samples/round2', name));
}
