import { describe, expect, it } from "vitest";
import { lintText } from "../src/index.js";

/**
 * Drafts a compliance officer would stop ([text, categories one of which must
 * be an error]) and drafts that may go out (no error at all). Invented people.
 */
const MUST_STOP: [string, string[]][] = [
  ["So proud of our patient Tomas Reyes, who rang the bell after his last round of chemo today!", ["patient-story", "name"]],
  ["Happy 101st birthday to Hazel in our assisted living wing!", ["patient-story", "age", "name"]],
  ["Hi Dana, sorry your MRI was rescheduled. We'll call you Monday.", ["patient-reply"]],
  ["@marco_p we looked at your records and your biopsy came back clear!", ["patient-reply", "handle"]],
  ["Shout-out to Priya Nair for beating stage 3 breast cancer. We are so proud of her!", ["patient-story", "name"]],
  ["Welcome to the world, baby Elena! Born 2/14 at 6:02am to proud parents Maya and Jon Ferris.", ["patient-story", "name", "date"]],
  ["Our nurses celebrated with Mr. Haddad on his last day of dialysis before his kidney transplant.", ["patient-story", "name"]],
  ["Sending love to the Okafor family. Grandpa Ben passed away peacefully in our hospice on Sunday.", ["patient-story", "name"]],
  ["Room 412 patient needs a wheelchair at discharge, family contact 312-555-0188.", ["patient-story", "phone", "other-id"]],
  ["Thanks for the kind words, Linda! Glad your knee replacement recovery is going so well.", ["patient-reply"]],
  ["Our ICU team cared for Coach Dave Miller after his heart attack at the game last night.", ["patient-story", "name"]],
  ["This tea melts away belly fat and reverses diabetes in 30 days.", ["medical-claim"]],
  ["Post a picture of your rash in the comments and our dermatologist will tell you what it is!", ["solicitation"]],
  ["Front desk wifi password: Harbor!2026 (don't share)", ["security"]],
  ["![Ms. Lopez smiling in her hospital bed after surgery](img/lopez.jpg)", ["patient-story", "photo", "name"]],
];

const MAY_GO: string[] = [
  "Welcome Dr. Nadia Okonkwo, our new neurologist!",
  "Free flu clinic at 12 Harbor Road this Saturday. Call 555-0147 to book.",
  "Meet our therapy dog Biscuit, who visits the pediatric ward every Friday.",
  "Congratulations to Dr. Amir Shah on his appointment as chief of cardiology.",
  "Hi Jordan, we're sorry to hear about your experience. Please call our patient advocate at 555-0134 so we can help.",
  "Our cancer center treated over 3,000 patients last year. Thank you for trusting us.",
  "Stroke warning signs: face drooping, arm weakness, speech difficulty. Call 911.",
  "Mayor Alvarez joined us to open the new dialysis center on Main Street.",
  "Studies show the HPV vaccine does not cause infertility (ACOG).",
  "The flu vaccine is about 40-60% effective in a typical season, according to the CDC.",
  "What healthy habit are you starting this spring? Tell us in the comments!",
  "Reset your patient portal password at example.org/reset.",
  "Nurse practitioner Grace Liu, NP, shares five tips for managing seasonal allergies.",
  "Volunteers Ann and Bob Kim have delivered 2,000 meals to our oncology families.",
  "There is no cure for the common cold, but rest and fluids help.",
  "Our maternity ward welcomed 1,204 babies in 2025!",
];

describe("drafts that must not be published get an error in a fitting category", () => {
  it.each(MUST_STOP)("%s", async (text, cats) => {
    const report = await lintText(text, { filename: text.startsWith("![") ? "draft.md" : "draft.txt" });
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => f.category);
    expect(errors.some((c) => cats.includes(c)), `errors: ${errors.join(", ") || "none"}`).toBe(true);
  });
});

describe("drafts that are fine get no error", () => {
  it.each(MAY_GO.map((t) => [t]))("%s", async (text) => {
    const report = await lintText(text);
    const errors = report.findings.filter((f) => f.severity === "error").map((f) => `${f.ruleId}: ${f.reasons?.join("; ")}`);
    expect(errors).toEqual([]);
  });
});
