/** Files a user uploads through a dialog arrive as base64; the charset is detected, decoding is Google's. */
import { detectCharset } from '../model/encoding';

export function decodeUpload(base64: string): string {
  const bytes = Utilities.base64Decode(base64);
  return Utilities.newBlob(bytes).getDataAsString(detectCharset(bytes));
}
