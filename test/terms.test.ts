import { describe, expect, it } from "vitest";
import { TermSet } from "../src/rules/terms.js";

const found = (terms: string[], text: string, verbs = false) =>
  new TermSet(terms, false, verbs).spans(text).map((s) => text.slice(s.start, s.end));

describe("term sets", () => {
  it("find whole words with plurals and possessives, and phrases across any white space", () => {
    expect(found(["patient", "in our care"], "Patients' rights; a patient's chart;\nin  our\ncare")).toEqual(["Patients", "patient's", "in  our\ncare"]);
    expect(found(["care"], "careful caregivers")).toEqual([]);
  });

  it("match acronyms only in capitals", () => {
    expect(found(["ER"], "Our ER is open; never er again")).toEqual(["ER"]);
  });

  it("find the verb forms of a word when asked", () => {
    expect(found(["survive"], "surviving, survived and survives", true)).toEqual(["surviving", "survived", "survives"]);
  });

  it("find no word inside a domain or an address", () => {
    expect(found(["example"], "Email comms@example.org or visit www.example.com/press")).toEqual([]);
    expect(found(["example"], "For example, call us.")).toEqual(["example"]);
    // Notes that skip the space after a full stop still have words: "peep.sxning".
    expect(found(["peep"], "600x12x.7/5 peep.sxning")).toEqual(["peep"]);
    // Nor in a web path, while words joined by a slash stay words.
    expect(found(["records"], "Request them at example.org/records or example.org/my/records.")).toEqual([]);
    expect(found(["example"], "Write to social@lakeside.example today")).toEqual([]);
    expect(found(["example", "zoom"], "Join at https://example.zoom.us/j/5550123 or https://zoom.example.net, for example")).toEqual(["example"]);
    expect(found(["NICU"], "Our ICU/NICU nurses")).toEqual(["NICU"]);
  });

  it("give the match one pattern of all the terms would give, whatever their openings", () => {
    // The longer term wins where both start, across terms indexed under different openings ("flu" and "flu shot").
    expect(found(["flu", "flu shot", "fl"], "Get your flu shot; flu season; FL")).toEqual(["flu shot", "flu", "FL"]);
    // Inflected endings are not part of the opening looked up.
    expect(found(["surgery", "bury"], "Two surgeries, then they buried it", false)).toEqual(["surgeries"]);
    expect(found(["dose", "care"], "dosing and caring", true)).toEqual(["dosing", "caring"]);
    expect(found(["in our care", "in"], "in our care, in our hearts")).toEqual(["in our care", "in"]);
    // Case is folded as the i flag folds it: the long s is an s.
    expect(found(["stay"], "a ſtay")).toEqual(["ſtay"]);
    expect(found(["#1 hospital"], "our #1 hospital")).toEqual(["#1 hospital"]);
  });
});
