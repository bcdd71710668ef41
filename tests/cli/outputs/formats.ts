/**
 * Small independent readers for what the writers produce, so that tests check
 * the files as another program would read them.
 */

/** Parses RFC 4180 CSV text (CRLF records, quoted fields with "" escapes). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') { row.push(field); field = ''; }
    else if (char === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else if (char === '\n' || char === '\r' || char === '"') throw new Error(`bare ${JSON.stringify(char)} at ${i}`);
    else field += char;
  }
  if (quoted || field !== '' || row.length) throw new Error('last record is not terminated by CRLF');
  return rows;
}

const NAME = '[A-Za-z_:][-A-Za-z0-9_:.]*';
const TAG = new RegExp(`^<(/?)(${NAME})((?:\\s+${NAME}\\s*=\\s*(?:"[^"<]*"|'[^'<]*'))*)\\s*(/?)>`);
const ENTITY = /^&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);/;

/** Throws unless `xml` is one well-formed element: balanced tags, quoted attributes, escaped text. */
export function assertWellFormedXml(xml: string): void {
  const open: string[] = [];
  let roots = 0;
  for (let i = 0; i < xml.length;) {
    const rest = xml.slice(i);
    if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->');
      if (end < 0) throw new Error(`unclosed comment at ${i}`);
      i += end + 3;
    } else if (rest.startsWith('<')) {
      const tag = TAG.exec(rest);
      if (!tag) throw new Error(`malformed tag at ${i}: ${rest.slice(0, 60)}`);
      const [whole, closing, name, , selfClosing] = tag;
      if (closing) {
        if (open.pop() !== name) throw new Error(`</${name}> does not close the open element at ${i}`);
      } else {
        if (open.length === 0) roots++;
        if (!selfClosing) open.push(name);
      }
      i += whole.length;
    } else if (rest.startsWith('&')) {
      const entity = ENTITY.exec(rest);
      if (!entity) throw new Error(`bare & at ${i}`);
      i += entity[0].length;
    } else {
      if (open.length === 0 && rest[0].trim() !== '') throw new Error(`text outside the root at ${i}`);
      i++;
    }
  }
  if (open.length) throw new Error(`unclosed <${open.join('>, <')}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
}

/** Decodes RFC 2047 encoded-words; adjacent ones join without the space between them. */
export function decodeWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes = encoding.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (__, hex: string) => String.fromCharCode(parseInt(hex, 16))), 'latin1');
      return new TextDecoder(charset).decode(bytes);
    });
}

/** The header fields of a message (unfolded, in order) and its body. */
export function parseMessage(eml: string): { headers: Array<[string, string]>; body: string } {
  const split = eml.indexOf('\r\n\r\n');
  if (split < 0) throw new Error('no blank line after the headers');
  const headers = eml.slice(0, split).replace(/\r\n[ \t]/g, ' ').split('\r\n').map((line): [string, string] => {
    const colon = line.indexOf(':');
    if (colon <= 0 || !/^[!-9;-~]+$/.test(line.slice(0, colon))) throw new Error(`not a header field: ${line}`);
    return [line.slice(0, colon), line.slice(colon + 1).trim()];
  });
  return { headers, body: eml.slice(split + 4) };
}
