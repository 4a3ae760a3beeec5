import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";
import { cli, tempTree } from "./helpers.js";

const TODAY = new Date("2026-11-28T12:00:00Z");
const STORY = "Jordan shares how cardiac rehab helped him return to running after his heart attack.\n";
const draft = (consent: string) => `---\nconsent:\n${consent}---\n${STORY}`;

async function verdicts(text: string, opts: { cwd?: string } = {}) {
  const report = await lintText(text, { filename: "story.md", today: TODAY, ...opts });
  return report.findings.filter((f) => f.category === "patient-story" || f.category === "consent").map((f) => `${f.category}:${f.severity}:${(f.reasons ?? []).join("; ")}`);
}

describe("documented consent", () => {
  it("without consent, a patient story is an error", async () => {
    expect(await verdicts(STORY)).toEqual([expect.stringMatching(/^patient-story:error:/)]);
  });

  it("valid consent that covers the story turns it into info, naming the consent", async () => {
    const v = await verdicts(draft("  id: CF-2026-118\n  obtained: 2026-06-01\n  expires: 2028-06-01\n  covers: [name, condition]\n"));
    expect(v).toEqual([expect.stringMatching(/^patient-story:info:.*covered by consent CF-2026-118/)]);
  });

  it("valid consent covers a reply that speaks of the reader's care, and the name it answers", async () => {
    const reply = "Thank you, Alan Brooks, for sharing your kidney transplant story!\n";
    const errors = async (text: string) => (await lintText(text, { filename: "reply.md", today: TODAY })).findings.filter((f) => f.severity === "error").map((f) => f.category);
    expect(await errors(reply)).toEqual(expect.arrayContaining(["patient-reply", "name"]));
    expect(await errors(`---\nconsent:\n  id: CF-2026-077\n  expires: 2099-05-10\n  covers: [name, condition]\n---\n${reply}`)).toEqual([]);
    expect(await errors(`---\nconsent:\n  id: CF-2026-078\n  expires: 2099-05-10\n  covers: [name]\n---\n${reply}`)).toContain("consent");
  });

  it("a phone number the story gives for the patient needs consent that covers phone, not only name", async () => {
    const story = "Meet Luis! After his kidney transplant, he's back to coaching soccer. Call him at 555-0112 to join his team's fundraiser!\n";
    const block = (covers: string) => `---\nconsent:\n  id: CF-2026-090\n  expires: 2099-01-01\n  covers: [${covers}]\n---\n${story}`;
    expect(await verdicts(block("name, condition"))).toContainEqual(expect.stringMatching(/^consent:error:.*does not cover phone/));
    expect(await verdicts(block("name, condition, phone"))).not.toContainEqual(expect.stringMatching(/^consent:/));
  });

  it("consent that covers an address covers the town inside it, but consent to be named does not", async () => {
    const story = "Lucia Moreno, who lives on Birch Lane in Fairhaven, is our 500th hip replacement patient!\n";
    const block = (covers: string) => `---\nconsent:\n  id: CF-2026-640\n  expires: 2099-01-01\n  covers: [${covers}]\n---\n${story}`;
    expect(await verdicts(block("name, condition"))).toContainEqual(expect.stringMatching(/^consent:error:.*does not cover .*location/));
    expect(await verdicts(block("name, condition, address"))).not.toContainEqual(expect.stringMatching(/^consent:/));
  });

  it("a later sentence that names the patient again and tells more of them needs the consent to cover that too", async () => {
    const story = "Congratulations to Ivy Chen on her graduation from our cardiac rehab program! Ivy, 91, is our oldest graduate ever.\n";
    const block = (covers: string) => `---\nconsent:\n  id: CF-2026-733\n  expires: 2099-01-01\n  covers: [${covers}]\n---\n${story}`;
    expect(await verdicts(block("name, condition"))).toContainEqual(expect.stringMatching(/^consent:error:.*does not cover age/));
    expect(await verdicts(block("name, condition, age"))).not.toContainEqual(expect.stringMatching(/^consent:/));
  });

  it.each([
    ["expired", "  id: CF-1\n  obtained: 2024-05-01\n  expires: 2025-05-01\n  covers: [name, condition]\n", /consent CF-1 expired on 2025-05-01/],
    ["revoked", "  id: CF-2\n  expires: 2099-01-01\n  covers: [name, condition]\n  revoked: true\n", /consent CF-2 was revoked/],
    ["too narrow", "  id: CF-3\n  expires: 2099-01-01\n  covers: [condition]\n", /consent CF-3 does not cover name/],
    ["malformed", "  covers: name\n", /needs an id, and covers as a list/],
  ])("%s consent is a consent error and the story stays an error", async (_what, block, reason) => {
    const v = await verdicts(draft(block));
    expect(v).toContainEqual(expect.stringMatching(/^patient-story:error:/));
    expect(v).toContainEqual(expect.stringMatching(new RegExp(`^consent:error:.*${reason.source}`)));
  });

  it("expired consent is an error on a post that names someone, even with no care tied to them in a sentence", async () => {
    const text = "---\nconsent:\n  id: CF-4\n  obtained: 2024-02-01\n  expires: 2025-02-01\n  covers: [name]\n---\nRaymond Cho tells how our cardiac rehab team keeps the bikes running.\n";
    expect(await verdicts(text)).toEqual([expect.stringMatching(/^consent:error:consent CF-4 expired on 2025-02-01/)]);
    // A post that names no one needs no consent, whatever the block says.
    expect(await verdicts("---\nconsent:\n  id: CF-4\n  expires: 2025-02-01\n  covers: [name]\n---\nOur cardiac rehab gym has new bikes.\n")).toEqual([]);
  });

  it("covers one person: another patient the post tells of is a consent error, a parent who signs for a child is not", async () => {
    const block = "  id: CF-20\n  expires: 2099-01-01\n  covers: [name, condition]\n";
    const two = `---\nconsent:\n${block}---\nCalvin Brooks beat lymphoma and is back coaching. His wife Rita also finished her breast cancer treatment here this spring!\n`;
    const v = await verdicts(two);
    expect(v).toContainEqual(expect.stringMatching(/^patient-story:info:.*covered by consent CF-20/));
    expect(v).toContainEqual(expect.stringMatching(/^consent:error:consent CF-20 is one person's; this story names another patient/));
    // Named again by a first name, or by the possessive of a title, the same person stays covered.
    const again = `---\ntitle: Calvin's story\nconsent:\n${block}---\nCalvin Brooks beat lymphoma. Calvin says chemo was the hardest part of his treatment.\n`;
    expect((await verdicts(again)).filter((x) => x.startsWith("consent:"))).toEqual([]);
    // The subject named in the consent decides whose story it covers.
    const subject = `---\nconsent:\n${block}  subject: Rita Brooks\n---\nRita Brooks finished her breast cancer treatment here this spring!\n`;
    expect(await verdicts(subject)).toEqual([expect.stringMatching(/^patient-story:info:/)]);
    const other = `---\nconsent:\n${block}  subject: Rita Brooks\n---\nCalvin Peters beat lymphoma and is back coaching Little League.\n`;
    expect(await verdicts(other)).toContainEqual(expect.stringMatching(/^consent:error:consent CF-20 is one person's/));
    // A relative introduced in a sentence with no care of its own is the subject's family, not another patient.
    const family = `---\nconsent:\n${block}---\nCalvin Brooks beat lymphoma. His wife, Rita, rides with him every Sunday.\n`;
    expect((await verdicts(family)).filter((x) => x.startsWith("consent:"))).toEqual([]);
  });

  it("uses the registry over front matter, and refuses ids it does not hold", async () => {
    const dir = tempTree({
      ".phi-lint.yaml": "consentRegistry: consents.yaml\n",
      "consents.yaml": "- id: CF-9\n  obtained: 2026-01-01\n  expires: 2027-01-01\n  covers: [name, condition]\n- id: CF-10\n  expires: 2099-01-01\n  covers: [name, condition]\n  revoked: 2026-10-01\n",
    });
    const block = (id: string) => draft(`  id: ${id}\n  expires: 2099-01-01\n  covers: [name, condition]\n`);
    expect(await verdicts(block("CF-9"), { cwd: dir })).toEqual([expect.stringMatching(/^patient-story:info:.*CF-9/)]);
    expect(await verdicts(block("CF-10"), { cwd: dir })).toContainEqual(expect.stringMatching(/consent CF-10 was revoked/));
    expect(await verdicts(block("CF-404"), { cwd: dir })).toContainEqual(expect.stringMatching(/consent CF-404 is not in the consent registry/));
  });

  it("a malformed registry stops the run with exit 2, naming the file and entry", () => {
    const dir = tempTree({ ".phi-lint.yaml": "consentRegistry: consents.yaml\n", "consents.yaml": "- id: CF-1\n  covers: [name]\n  expiry: 2027-01-01\n", "a.txt": "hi\n" });
    const r = cli(["a.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/consents\.yaml: \[0\]\.expiry: unknown key/);
  });
});
