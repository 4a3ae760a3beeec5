import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";

const TODAY = new Date("2026-11-28T12:00:00Z");

async function stories(text: string, filename = "post.txt") {
  const report = await lintText(text, { filename, today: TODAY });
  return report.findings.filter((f) => f.category === "patient-story" || f.category === "consent");
}

describe("a person described instead of named", () => {
  it("a community role with an age and a town, to whom care happens, is a patient story", async () => {
    const [story] = await stories("A 41-year-old bus driver from Oakdale was treated in our burn unit after the depot fire.");
    expect(story?.severity).toBe("error");
    expect(story?.reasons?.[0]).toMatch(/person described, not named: "bus driver", with an age, a place or employer, tied to care: "treated"/);
  });

  it("a named school in the description and a time are enough for a role", async () => {
    const found = await stories("The Riverside Elementary crossing guard we treated for a stroke yesterday is recovering well.");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
  });

  it("a named school's one person in a role, with the day, is enough", async () => {
    const found = await stories("Pinecrest High's star quarterback tore his ACL in Friday's game and our sports medicine team will do his surgery next week.");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0].reasons?.[0]).toMatch(/person described, not named: "quarterback"/);
  });

  it("an age as a noun, and one word for who the person is, before what they did", async () => {
    expect((await stories("We had a 17-year-old come in after an overdose at Lakeview High's homecoming dance, and we brought him back.")).map((f) => f.severity)).toEqual(["error"]);
    expect((await stories("The 7-year-old superhero from Oak Ridge finished his last round of chemo today!")).map((f) => f.severity)).toEqual(["error"]);
  });

  it("a wink that readers know the one described singles them out", async () => {
    const found = await stories("The drummer of a certain local band (you know the one 🥁) is recovering nicely in our ortho unit after his wrist surgery.");
    expect(found.map((f) => f.severity)).toEqual(["error"]);
    expect(found[0]?.reasons?.[0]).toMatch(/"drummer", with a distinction/);
    expect(await stories("The drummer of a local band is recovering nicely in our ortho unit after his wrist surgery.")).toEqual([]);
  });

  it("a plain person word needs two details", async () => {
    expect(await stories("A woman was treated in our ER yesterday.")).toEqual([]);
    expect((await stories("A 16-year-old girl from Millbrook was airlifted to our trauma center last night.")).map((f) => f.severity)).toEqual(["error"]);
  });

  it.each([
    ["a group", "Our bus drivers and teachers can get free flu shots at our clinics this Saturday."],
    ["a possessive", "A teacher's guide to spotting concussion symptoms in student athletes."],
    ["care they give or visit", "The mayor joined our nurses on Friday to open the new maternity ward."],
    ["a named person, judged by name instead", "Principal Amy Tran read to kids in our pediatric waiting room during Literacy Week."],
    ["no detail beyond the role", "The principal was in our ED after a fall."],
  ])("%s is no story", async (_what, text) => {
    expect(await stories(text)).toEqual([]);
  });

  it("consent must cover the details that single the person out", async () => {
    const post = "A 41-year-old bus driver from Oakdale was treated in our burn unit.\n";
    const with_ = (covers: string) => `---\nconsent:\n  id: CF-7\n  expires: 2099-01-01\n  covers: [${covers}]\n---\n${post}`;
    expect((await stories(with_("age, location, condition"), "s.md")).map((f) => `${f.category}:${f.severity}`)).toEqual(["patient-story:info"]);
    const narrow = await stories(with_("age, condition"), "s.md");
    expect(narrow.map((f) => `${f.category}:${f.severity}`)).toContain("consent:error");
    expect(narrow.find((f) => f.category === "consent")?.reasons?.join(" ")).toMatch(/does not cover location/);
  });
});
