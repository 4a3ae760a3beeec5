import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import wordListPath from "word-list";
import { SortedLines, isEnglishWord } from "../src/detectors/english-words.js";

describe("sorted lines", () => {
  it("finds every line, those out of order too, and nothing else", () => {
    const lines = new SortedLines("apple\nbanana\nband\ncherry\nbandage\ndate");
    for (const w of ["apple", "banana", "band", "cherry", "bandage", "date"]) expect(lines.has(w), w).toBe(true);
    for (const w of ["", "ban", "bananas", "cherr", "zebra", "aardvark"]) expect(lines.has(w), w).toBe(false);
  });

  it("reads a last line with or without a newline", () => {
    expect(new SortedLines("a\nb\n").has("b")).toBe(true);
    expect(new SortedLines("a\nb").has("b")).toBe(true);
  });
});

describe("the English dictionary", () => {
  it("holds every word of the word-list package, and no name", () => {
    const words = readFileSync(wordListPath, "utf8").split("\n").filter(Boolean);
    expect(words.length).toBeGreaterThan(270_000);
    expect(words.filter((w) => !isEnglishWord(w))).toEqual([]);
    for (const w of ["quartermain", "masci", "okonkwo"]) expect(isEnglishWord(w), w).toBe(false);
  });
});
