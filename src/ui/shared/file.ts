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
