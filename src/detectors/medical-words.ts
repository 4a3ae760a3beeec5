import { shippedList } from "../rules/list-files.js";

let words: Set<string> | undefined;

/**
 * Single words of drugs and of clinical notes, lower-cased ("Propofol",
 * "Sputum", "Resp"). Condition and procedure lists are left out: their
 * everyday words are surnames too ("Walker", "Cane", "Burns").
 */
export function isMedicalWord(word: string): boolean {
  words ??= new Set(
    ["medications", "clinical-shorthand"]
      .flatMap((list) => shippedList(list))
      .filter((e) => !/\s|['’]/.test(e))
      .map((e) => e.toLowerCase()),
  );
  return words.has(word);
}
