import { readFileSync } from "node:fs";
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
