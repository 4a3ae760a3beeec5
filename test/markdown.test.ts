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

describe("attached photos a draft describes", () => {
  const draft = "Healed in 10 weeks! [photo: lower leg before and after] [Image - Ana with her nurses]";
  const described = (post: { text: string; images: { start: number; end: number }[] }) => post.images.map((i) => post.text.slice(i.start, i.end));

  it("finds them in plain text and keeps the text as written", () => {
    const post = parseDocument("post.txt", draft).posts[0];
    expect(post.text).toBe(draft);
    expect(described(post)).toEqual(["[photo: lower leg before and after]", "[Image - Ana with her nurses]"]);
  });

  it("finds them in Markdown beside images, keeping the description lintable", () => {
    const post = parseDocument("post.md", `${draft}

![Our team](team.jpg)`).posts[0];
    expect(post.images).toHaveLength(3);
    expect(post.text).toContain("photo: lower leg before and after");
  });

  it("does not take a link or a note in brackets for a photo", () => {
    expect(parseDocument("post.txt", "See [our photo gallery](https://example.org) [note: call back]").posts[0].images).toEqual([]);
  });
});
