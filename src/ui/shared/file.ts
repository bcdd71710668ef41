import { fill } from './dom';
import { showNotice } from './notice';

/** A chosen file's bytes as base64: google.script.run carries strings, not binary. */

const CHUNK = 0x8000;

export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  // String.fromCharCode takes its bytes as arguments: a chunk at a time stays under the engine's argument limit.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK));
  }
  return btoa(binary);
}

/** Large enough for any roster or batch of paper answers; larger is almost surely the wrong file. */
export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

/**
 * A file input and its import button: the button is usable once a file is
 * chosen, and a file too large to be a roster or a batch of answers is
 * refused with `tooLarge` in `result` before anything is sent.
 */
export function onFileImport(
  input: HTMLInputElement, button: HTMLButtonElement, result: HTMLElement,
  tooLarge: (bytes: number) => string, send: (file: File) => void,
): void {
  input.addEventListener('change', () => {
    button.disabled = !input.files?.length;
    fill(result);
  });
  button.addEventListener('click', () => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) showNotice(result, 'error', tooLarge(file.size));
    else send(file);
  });
}
