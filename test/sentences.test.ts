import { describe, expect, it } from "vitest";
import { sentences } from "../src/documents/sentences.js";

const split = (text: string) => sentences(text).map((s) => text.slice(s.start, s.end));

describe("sentences", () => {
  it("ends a sentence at . ! ? and at line breaks", () => {
    expect(split("She went home. He stayed!\nNew line")).toEqual(["She went home.", "He stayed!", "New line"]);
  });

  it("does not end one after a title, an initial or a list item's number", () => {
    expect(split("Dr. Lee saw J. Moreno today.\n1. Frank Howell")).toEqual(["Dr. Lee saw J. Moreno today.", "1. Frank Howell"]);
    expect(split("KEEP HCT >30 PER DR. HANLEY. EXTUBATE WHEN STABLE.")).toEqual(["KEEP HCT >30 PER DR. HANLEY.", "EXTUBATE WHEN STABLE."]);
    expect(split("A mail carrier known as 'Mr. Stamps' is recovering. He's fine.")).toEqual(["A mail carrier known as 'Mr. Stamps' is recovering.", "He's fine."]);
    expect(split("Drs. Earl and June Pritchard retire this week. Cake at 3.")).toEqual(["Drs. Earl and June Pritchard retire this week.", "Cake at 3."]);
  });

  it("does not end one after a single lower-case letter that more lower case follows", () => {
    expect(split("Three kids with e. coli are home. Plan b. Next")).toEqual(["Three kids with e. coli are home.", "Plan b.", "Next"]);
  });

  it("does not end one after a.m. or p.m. when lower case follows", () => {
    expect(split("He came in at 2 a.m. with chest pain. Home by 5 p.m. Tuesday")).toEqual(["He came in at 2 a.m. with chest pain.", "Home by 5 p.m.", "Tuesday"]);
  });

  it("does not end one at a mark in brackets that close before lower case", () => {
    expect(split("Grandpa Walt (age 91!) just finished radiation. We cheered (loudly!) All done.")).toEqual(["Grandpa Walt (age 91!) just finished radiation.", "We cheered (loudly!)", "All done."]);
  });
});
