import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";

/** The text each name finding covers, as --show-matches prints it. */
const names = async (text: string) =>
  (await lintText(text, { filename: "post.txt", showMatches: true })).findings.filter((f) => f.ruleId === "phi/name").map((f) => f.match);

describe("a name's span holds the name and nothing around it", () => {
  it("drops a greeting or a relation before a name, down to one word", async () => {
    expect(await names("Meet Kai, 6, who finished chemo last week!")).toEqual(["Kai"]);
    expect(await names("Daughter Maria called, updated on plan.")).toEqual(["Maria"]);
  });

  it("leaves one word only after a greeting or a relation, and keeps an abbreviation before one word", async () => {
    expect(await names("Happy anniversary to our volunteers Walt and June Kessler, who met here!")).toContain("June Kessler");
    expect((await lintText("My Israeli number is 09-7625400", { filename: "post.txt" })).findings.filter((f) => f.category === "name")).toEqual([]);
    expect(await names("PF, Integrelin and Heparin d/c. Pt tolerating well.")).toEqual([]);
  });

  it("drops a possessive ending, not an apostrophe inside the name", async () => {
    expect(await names("Interpreter needed for Mrs. Vuong's family meeting at 2.")).toEqual(["Mrs. Vuong"]);
    expect(await names("Mr. O'Brien is back from dialysis.")).toEqual(["Mr. O'Brien"]);
  });
});
