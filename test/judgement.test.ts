import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { lintText } from "../src/index.js";
import { ROOT } from "./helpers.js";

interface Case {
  id: string;
  text: string;
  ext?: string;
  flag?: string[];
  clean?: boolean;
}

const cases = parse(readFileSync(join(ROOT, "test", "judgement-posts.yaml"), "utf8")) as Case[];
/** The posts' consent dates were labelled as of this day (expired, current or still to come), so the suite does not change with the calendar. */
const TODAY = new Date("2026-12-07T12:00:00Z");
const errorsOf = async (c: Case) =>
  (await lintText(c.text, { filename: `${c.id}.${c.ext ?? "txt"}`, today: TODAY })).findings.filter((f) => f.severity === "error");

describe("drafts that must not be published get an error in a fitting category", () => {
  it.each(cases.filter((c) => c.flag).map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    const errors = (await errorsOf(c)).map((f) => f.category);
    expect(errors.some((cat) => c.flag!.includes(cat)), `${c.text}\nerrors: ${errors.join(", ") || "none"}`).toBe(true);
  });
});

describe("drafts that are fine get no error", () => {
  it.each(cases.filter((c) => c.clean).map((c) => [c.id, c] as const))("%s", async (_id, c) => {
    expect((await errorsOf(c)).map((f) => `${f.ruleId}: ${f.reasons?.join("; ")}`), c.text).toEqual([]);
  });
});
