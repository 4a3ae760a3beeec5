import { describe, expect, it } from "vitest";
import { parseDocument } from "../src/documents/document.js";

const body = (md: string) => parseDocument("post.md", md).posts[0].text;

describe("Markdown drafts", () => {
  it("hides the marks of emphasis, keeping every offset", () => {
    const md = "- **Kenny Alvarez**, 17, went home. See *our site* or __this__.";
    const text = body(md);
    expect(text).toHaveLength(md.length);
    expect(text).toBe("-   Kenny Alvarez  , 17, went home. See  our site  or   this  .");
  });

  it("keeps underscores inside words and handles, and stars between numbers", () => {
    const md = "@the_real_dana wrote snake_case and 2*3*4.";
    expect(body(md)).toBe(md);
  });

  it("leaves front matter markup to the YAML reader", () => {
    const md = "---\ntitle: '**Bold** title'\n---\nHi";
    expect(body(md)).toContain("**Bold** title");
  });
});
