// Injected into the CLI bundles for `Intl.Segmenter` (scripts/build-cli.ts): dependencies such as string-width make
// a segmenter when their module loads, and the first one loads ICU's break-iterator data (tens of milliseconds on a
// loaded machine). This one is made on first use, so a screen that never measures a wide character never pays.
// Read by destructuring, which the bundler's `define` does not rewrite: this is the real constructor.
const { Segmenter } = Intl;

export class LazySegmenter {
  #args;
  #real;
  constructor(...args) {
    this.#args = args;
  }
  #get() {
    return (this.#real ??= new Segmenter(...this.#args));
  }
  segment(input) {
    return this.#get().segment(input);
  }
  resolvedOptions() {
    return this.#get().resolvedOptions();
  }
  static supportedLocalesOf(...args) {
    return Segmenter.supportedLocalesOf(...args);
  }
}
