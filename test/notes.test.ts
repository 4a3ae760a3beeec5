import { describe, expect, it } from "vitest";
import { noteBlocks, stayTalk } from "../src/context/notes.js";
import { lintText } from "../src/index.js";

const cues = (text: string) => noteBlocks(text).map((b) => [text.slice(b.start, b.end), b.cue]);

describe("blocks that read as an internal clinical note", () => {
  it("two kinds of shorthand make a note", () => {
    expect(cues("Pharmacy please verify Gruber vanc 1.25 g q12")).toEqual([["Pharmacy please verify Gruber vanc 1.25 g q12", "vanc"]]);
  });

  it("one kind of shorthand is enough in a block laid out as a note", () => {
    expect(cues("Peds floor: Ellie in 12 still on high flow")).toHaveLength(1);
    expect(cues("- 9:15 Whitcombe (echo f/u)")).toEqual([["- 9:15 Whitcombe (echo f/u)", "f/u"]]);
  });

  it("a body mass index, an imaging order with and without contrast, a side and a part, and an assist level are shorthand", () => {
    expect(cues("OR 6 heads up: next case is Bartholomew, BMI 52, difficult airway")).toEqual([["OR 6 heads up: next case is Bartholomew, BMI 52, difficult airway", "BMI 52"]]);
    expect(cues("Bumped: Kruger (brain w/wo), Fonseca (L knee)")).toEqual([["Bumped: Kruger (brain w/wo), Fonseca (L knee)", "w/wo"]]);
    expect(cues("PT note: Gallagher in 21 walked 150 ft, min assist")).toEqual([["PT note: Gallagher in 21 walked 150 ft, min assist", "min assist"]]);
  });

  it("a drug to hold or restart, a symptom controlled and hours slept are shorthand", () => {
    expect(cues("Rojas to IR at 1000 for a drain. Hold heparin at 0600 per IR.")).toEqual([["Rojas to IR at 1000 for a drain. Hold heparin at 0600 per IR.", "heparin"]]);
    expect(cues("Night went well. Brandvold slept 6 hrs, no PRNs, pain controlled.")).toEqual([["Night went well. Brandvold slept 6 hrs, no PRNs, pain controlled.", "slept 6 hrs"]]);
    expect(cues("Hold the elevator for the heparin delivery, please.")).toEqual([]);
  });

  it("one kind of shorthand in prose is not", () => {
    expect(cues("Our nurses know NPO rules can be hard on kids, so we bring popsicles after surgery.")).toEqual([]);
  });

  it("each block between blank lines is read on its own", () => {
    const text = "Great news from 4 West!\n\nHandoff: 3B Okonjo - hgb 6.8, PRBC hanging";
    expect(cues(text)).toEqual([["Handoff: 3B Okonjo - hgb 6.8, PRBC hanging", "hgb"]]);
  });

  it("posts without shorthand have no note", () => {
    expect(cues("Holiday potluck for night shift: Jen is bringing tamales; Marcus has desserts.")).toEqual([]);
    expect(cues("Free flu shots Saturday 0900-1200 at our Elm Street clinic.")).toEqual([]);
  });
});

describe("a person named in a note", () => {
  const errors = async (text: string) => (await lintText(text, { filename: "note.txt" })).findings.filter((f) => f.severity === "error");

  it("is a patient unless they are staff", async () => {
    const found = await errors("Pharmacy please verify: Gruber 412 vanc 1.25 g q12, Haugen 418 pip-tazo.");
    expect(found.filter((f) => f.ruleId === "phi/name").map((f) => f.reasons?.at(-1))).toEqual(['named in a clinical note: "vanc"', 'named in a clinical note: "vanc"']);
    expect(found.some((f) => f.category === "patient-story")).toBe(true);
  });

  it("staff named in a note stay staff", async () => {
    expect(await errors("Lab called: trop 0.4 on the new chest pain admit, Dr. Ahn aware, repeat q6h.")).toEqual([]);
  });
});

describe("staff talk about someone staying with us", () => {
  const stay = (text: string, name: string) => stayTalk(text, { start: text.indexOf(name), end: text.indexOf(name) + name.length });

  it("a titled person's family or what they keep asking for, beside the ward's words, names the ward's word", () => {
    expect(stay("Mr. Holloway keeps asking when his wife can visit. Visiting hours are over.", "Mr. Holloway")).toBe("visit");
    expect(stay("Mrs. Whitford's daughter keeps asking to see the chart. Refer her to HIM.", "Mrs. Whitford")).toBe("the chart");
    expect(stay("The family of Mr. Yusuf asked for his body to be washed before transport.", "Mr. Yusuf")).toBe("transport");
  });

  it("not without the ward's words, nor without the frame, nor for a name without a title", () => {
    expect(stay("Mrs. Tanaka's 2nd grade class sent our burn unit thank-you letters.", "Mrs. Tanaka")).toBeUndefined();
    expect(stay("Mrs. Pellerin is at a training until 1. Could someone cover the unit desk?", "Mrs. Pellerin")).toBeUndefined();
    expect(stay("Holloway keeps asking when his wife can visit.", "Holloway")).toBeUndefined();
  });
});
