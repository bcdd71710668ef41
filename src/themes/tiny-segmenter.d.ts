/** TinySegmenter 0.2 (Taku Kudo, new BSD licence), as the npm package tiny-segmenter ships it (CommonJS, untyped). */
declare module 'tiny-segmenter' {
  class TinySegmenter {
    /** The text cut into words, every character kept, in order. */
    segment(input: string): string[];
  }
  export = TinySegmenter;
}
