import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import YAML from "yaml";
import { loadRules } from "../src/rules/load.js";
import { fold, mayMatch, requiredText } from "../src/rules/required-text.js";

const sorted = (s: string) => requiredText(s)?.sort();

describe("the text a pattern needs", () => {
  it("reads words, alternatives and optional endings", () => {
    expect(sorted(String.raw`\b(?:cures?|cured)\s+\w+`)).toEqual(["cure"]);
    expect(sorted(String.raw`\bguarantee[ds]?\b`)).toEqual(["guarantee"]);
    expect(sorted("[Pp]assword|PIN")).toEqual(["password", "pin"]);
  });

  it("keeps the longest run a match must hold, across groups and look-arounds", () => {
    expect(sorted(String.raw`\d{3}-?\s*(?:wifi|wi-fi)\s+code`)).toEqual(["wi-fi", "wifi"]);
    expect(sorted(String.raw`(?<=\b(?:MRN|[Mm]edical record)[:#]?\s*)\d{6,10}`)).toEqual(["medical record", "mrn"]);
    expect(sorted(String.raw`(?<!\bno\s+)\bheals?\b`)).toEqual(["heal"]);
    expect(sorted(String.raw`(?<name>[Dd]r)\.\s\p{Lu}`)).toEqual(["dr."]);
  });

  it("reads escapes as the characters they stand for", () => {
    expect(sorted(String.raw`\x41\u0042\u{43}\.\/`)).toEqual(["abc./"]);
    expect(sorted(String.raw`a\tb`)).toEqual(["a\tb"]);
  });

  it("needs nothing where a pattern can match any text", () => {
    expect(requiredText(String.raw`\d{3}\s\d{4}`)).toBeUndefined();
    expect(requiredText(String.raw`[^\s.!?][^.!?\n]{7,300}`)).toBeUndefined();
    expect(requiredText("(?:cure|.)")).toBeUndefined();
    expect(requiredText("(?:cure)?s?")).toBeUndefined();
    expect(requiredText(String.raw`(a)\1`)).toBeUndefined(); // a back-reference is not read
    expect(requiredText("(?:cure")).toBeUndefined(); // nor a pattern V8 would refuse
  });

  it("folds case, so one test serves patterns with and without the i flag", () => {
    expect(fold("ICU ſtay")).toBe("icu stay");
    expect(mayMatch(/\bICU\b/u, "Our icu team")).toBe(true);
    expect(mayMatch(/\bICU\b/u, "Our team")).toBe(false);
    expect(mayMatch(/\d+/u, "anything")).toBe(true);
  });

  it("never keeps a shipped pattern from a rule example or regression post it matches", () => {
    const rules = loadRules();
    const posts = YAML.parse(readFileSync(new URL("./judgement-posts.yaml", import.meta.url), "utf8")) as { text: string }[];
    const texts = [...rules.flatMap((r) => [...r.examples.flag, ...r.examples.pass]), ...posts.slice(0, 3000).map((p) => p.text)];
    const wrong: string[] = [];
    for (const rule of rules) {
      for (const d of rule.detect) {
        if (d.kind !== "pattern") continue;
        const needs = requiredText(d.regex.source);
        if (!needs) continue;
        for (const text of texts) {
          d.regex.lastIndex = 0;
          if (d.regex.test(text) && !needs.some((s) => fold(text).includes(s))) wrong.push(`${rule.id}: ${text}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
