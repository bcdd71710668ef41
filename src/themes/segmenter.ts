/*! TinySegmenter 0.2 -- Super compact Japanese tokenizer in Javascript
 * (c) 2008 Taku Kudo <taku@chasen.org>
 * TinySegmenter is freely distributable under the terms of a new BSD licence.
 * For details, see http://chasen.org/~taku/software/TinySegmenter/LICENCE.txt
 * (bundled from the npm package tiny-segmenter 0.2.0) */
/**
 * Japanese text cut into words by TinySegmenter: pure JavaScript, so it cuts
 * the same in Apps Script, on the emulator and in Node. Apps Script does not
 * document Intl.Segmenter, whose words would also depend on each runtime's
 * ICU data, so it is not used. The notice above is kept in dist/Code.js.
 */
import TinySegmenter from 'tiny-segmenter';

let segmenter: TinySegmenter | null = null;

/** The words of `text`, every character kept, in order. */
export function segment(text: string): string[] {
  // Its tables are built once per execution, on first use.
  segmenter ??= new TinySegmenter();
  return segmenter.segment(text);
}
