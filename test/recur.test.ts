import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";

const findings = async (text: string) =>
  (await lintText(text, { filename: "note.txt" })).findings.filter((f) => f.category === "name" || f.category === "location").map((f) => `${f.column}:${f.severity}:${f.ruleId}`);

describe("names and places found again by their words", () => {
  it("a place found after a transfer word is found where it recurs, in capitals too", async () => {
    const text = "Pt transferred to Quartermain 2 on 9/1. Labs drawn on QUARTERMAIN before transfer.";
    const found = await findings(text);
    expect(found).toContain(`${text.indexOf("Quartermain") + 1}:warning:phi/facility`);
    expect(found).toContain(`${text.indexOf("QUARTERMAIN") + 1}:warning:phi/facility`);
  });

  it("a staff member's name keeps the staff role where it recurs", async () => {
    const report = await lintText("Welcome Dr. Nadia Okonkwo, our new neurologist! Okonkwo has treated stroke patients for 20 years.", { filename: "p.txt" });
    expect(report.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(report.findings.find((f) => f.column === 49)?.reasons).toContain('staff: titled "Dr.", as where first named');
  });

  it("a patient's surname is an error where it recurs beside care", async () => {
    const report = await lintText("Our patient Mr. Obadiah Quillfeather is doing well. Everyone on the unit will miss Quillfeather after his discharge today.", { filename: "p.txt" });
    const second = report.findings.find((f) => f.category === "name" && f.column > 50);
    expect(second?.severity).toBe("error");
    expect(second?.reasons?.[0]).toBe("the same name as found elsewhere in the post");
  });

  it("dictionary words of a name are not looked for again", async () => {
    const found = await findings("Our patient Rose Quillfeather thanks you. The rose garden opens Monday.");
    expect(found.filter((f) => f.startsWith("47:"))).toEqual([]);
  });

  it("a first name that is an everyday word recurs only as written, with its capital", async () => {
    const text = "Everyone, meet Hazel! Hazel is 101 and lives in our assisted living wing. Our hazel trees are blooming.";
    const found = await findings(text);
    expect(found).toContain(`${text.indexOf("Hazel is") + 1}:error:phi/name`);
    expect(found.filter((f) => f.startsWith(`${text.indexOf("hazel trees") + 1}:`))).toEqual([]);
  });
});
