import { h } from './dom';

/**
 * A link that saves `text` as a file, built in the page: the browser
 * downloads it, so the add-on needs no Drive access. Its address is a Blob
 * URL this page made (h() refuses href attributes, which could carry a
 * script), set as a property.
 */
export function downloadLink(fileName: string, text: string, label: string): HTMLAnchorElement {
  const link = h('a', { class: 'button primary', download: fileName, role: 'button' }, label);
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  return link;
}
