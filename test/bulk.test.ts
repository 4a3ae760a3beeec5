import { describe, expect, it } from "vitest";
import { cli, tempTree } from "./helpers.js";

interface F { ruleId: string; line: number; column: number; endColumn: number; match?: string }
const report = (dir: string, args: string[]) => JSON.parse(cli(["--format", "json", "--show-matches", ...args], { cwd: dir }).stdout);
const names = (fs: F[]) => fs.filter((f) => f.ruleId === "phi/name").map((f) => [f.line, f.column, f.match]);

describe("CSV exports", () => {
  it("lints each row as its own post, with true file positions through quotes and escapes", () => {
    const dir = tempTree({
      "posts.csv": 'id,date,message\n1,2026-12-01,"Our patient Luis Ortega finished radiation!"\n2,2026-12-02,"She said ""thanks"", and our patient Ana Ruiz went home after surgery"\n3,2026-12-03,Free flu clinic Saturday\n',
    });
    const [file] = report(dir, ["posts.csv"]).files;
    expect(names(file.findings)).toEqual([[2, 27, "Luis Ortega"], [3, 52, "Ana Ruiz"]]);
  });

  it("never lets context cross rows", () => {
    const dir = tempTree({ "posts.csv": "message\nOur patient is doing well.\nMeet Dana Whitfield at the bake sale\n" });
    const [file] = report(dir, ["posts.csv"]).files;
    expect(file.findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
  });

  it("finds the text column by name, or by --csv-column", () => {
    const dir = tempTree({ "a.csv": "id,notes\n1,Our patient Luis Ortega finished radiation\n" });
    const r = cli(["a.csv"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/line 1: no text column; name one message, text, content, post, body, caption, post text, .* or pass --csv-column/);
    expect(cli(["--csv-column", "notes", "a.csv"], { cwd: dir }).code).toBe(1);
    expect(cli(["--csv-column", "Notes", "a.csv"], { cwd: dir }).code).toBe(1);
    expect(cli(["--csv-column", "caption", "a.csv"], { cwd: dir }).stdout).toMatch(/line 1: no text column; no column is named "caption"/);
  });

  it("reads a header whatever its case and its spaces, underscores or hyphens (\"Post_Text\", \"Message Text\", \"Post Copy\")", () => {
    const dir = tempTree({
      "a.csv": 'id,Post_Text\n1,"Our patient Luis Ortega finished radiation!"\n',
      "b.csv": "Message-Text,channel\nMeet Dr. Nadia Okonkwo,facebook\n",
      "c.csv": 'post_date,Post Copy\n2026-12-14,"Our patient Luis Ortega finished radiation!"\n',
    });
    const files = report(dir, ["a.csv", "b.csv", "c.csv"]).files;
    expect(names(files[0].findings)).toEqual([[2, 16, "Luis Ortega"]]);
    expect(files[1].findings.filter((f: { severity: string }) => f.severity === "error")).toEqual([]);
    expect(names(files[2].findings)).toEqual([[2, 25, "Luis Ortega"]]);
  });

  it("reads a reply queue's text from its reply column", () => {
    const dir = tempTree({ "replies.csv": 'handle,reply\n@jen_runs,"Thanks Jen, see you at the 5K!"\n@ray_t,"Ray, sorry your MRI was rescheduled."\n' });
    const [file] = report(dir, ["replies.csv"]).files;
    expect(file.findings.filter((f: F & { severity: string }) => f.severity === "error").map((f: F) => [f.ruleId, f.line])).toEqual([["policy/patient-reply", 3]]);
  });

  it("reads each row of a reply column as a reply, unless the row has a type of its own (not an empty cell)", () => {
    const dir = tempTree({
      "queue.csv": 'handle,reply\n@sam_k,"Your biopsy results should be in by Tuesday."\n',
      "typed.csv": 'handle,type,reply\n@sam_k,post,"Your biopsy results should be in by Tuesday."\n@sam_k,,"Your biopsy results should be in by Tuesday."\n',
      "queue.json": '[{"handle": "@sam_k", "response": "Your biopsy results should be in by Tuesday."}]',
    });
    const replies = (f: { findings: (F & { severity: string })[] }) => f.findings.filter((x) => x.ruleId === "policy/patient-reply" && x.severity === "error").length;
    const files = report(dir, ["queue.csv", "typed.csv", "queue.json"]).files;
    expect(Object.fromEntries(files.map((f: { path: string; findings: (F & { severity: string })[] }) => [f.path, replies(f)]))).toEqual({ "queue.csv": 1, "typed.csv": 1, "queue.json": 1 });
  });

  it("reads a post nested under its text field as that field tells (a reply's object is a reply)", () => {
    const dir = tempTree({ "nested.json": '[{"reply": {"to": "@sam_k", "text": "Your biopsy results should be in by Tuesday."}}, {"post": {"text": "Flu shots are free on Saturday."}}]' });
    const [file] = report(dir, ["nested.json"]).files;
    expect(file.findings.filter((f: F & { severity: string }) => f.severity === "error").map((f: F) => [f.ruleId, f.line])).toEqual([["policy/patient-reply", 1]]);
  });

  it("reports a malformed file with its line, and still lints the others", () => {
    const dir = tempTree({ "bad.csv": 'message\n"ok"\n"never closed\n', "good.txt": "Our patient Luis Ortega finished radiation!\n" });
    const r = cli(["--format", "json", "bad.csv", "good.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.csv: line 3: a quoted field is never closed/);
    expect(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === "good.txt").findings.length).toBeGreaterThan(0);
  });
});

describe("JSON and JSON Lines exports", () => {
  it("reads an array of posts or a posts array, escapes included, and row fields as metadata", () => {
    const dir = tempTree({
      "a.json": '[{"text": "Our patient Luis Ortega finished radiation!"}, "Meet Dr. Nadia Okonkwo"]',
      "b.json": '{"posts": [{"caption": "Hi Dana,\\nsorry your MRI was rescheduled.", "type": "reply"}]}',
    });
    const files = report(dir, ["a.json", "b.json"]).files;
    expect(names(files[0].findings)).toEqual([[1, 24, "Luis Ortega"]]);
    expect(files[1].findings.some((f: F) => f.ruleId === "policy/patient-reply")).toBe(true);
  });

  it("reads a scheduling tool's array under another name or one post alone, and refuses an object holding no posts", () => {
    const dir = tempTree({
      "a.json": '{"account": "clinic", "tags": ["flu"], "queue": [{"when": "2026-12-12", "text": "Our patient Luis Ortega finished radiation!"}]}',
      "b.json": '{"name": "x", "files": ["dist"], "queue": [{"when": "2026-12-12"}]}',
      "c.json": '{"id": 17, "platform": "instagram", "caption": "Our patient Luis Ortega finished radiation!", "type": "story"}',
    });
    expect(names(report(dir, ["a.json"]).files[0].findings)).toEqual([[1, 94, "Luis Ortega"]]);
    expect(names(report(dir, ["c.json"]).files[0].findings)).toEqual([[1, 61, "Luis Ortega"]]);
    const r = cli(["--format", "json", "b.json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('b.json: line 1: expected an array of posts, an object with a "posts" array or another array of objects with a text field, or one post with a text field');
  });

  it("finds the text field whatever its case and spacing, and by --csv-column", () => {
    const dir = tempTree({
      "a.json": '[{"id": 1, "Post Text": "Our patient Luis Ortega finished radiation!"}]',
      "b.json": '[{"notes": "Our patient Luis Ortega finished radiation!"}]',
    });
    expect(names(report(dir, ["a.json"]).files[0].findings)).toEqual([[1, 38, "Luis Ortega"]]);
    expect(names(report(dir, ["--csv-column", "NOTES", "b.json"]).files[0].findings)).toEqual([[1, 25, "Luis Ortega"]]);
  });

  it("refuses, naming its line, a post with no text to find, rather than lint nothing (a null text is an empty post)", () => {
    const dir = tempTree({
      "a.json": '[{"text": "Free flu clinic Saturday"},\n{"when": "2026-12-09", "name": "Imelda Quist", "visit": "prenatal"}]',
      "b.jsonl": '{"text": "ok"}\n{"id": 2}\n',
      "c.json": '[{"text": 5}]',
      "d.json": '[42]',
      "e.json": '[{"text": null}, {"text": "Our patient Luis Ortega finished radiation!"}]',
      "good.txt": "Our patient Luis Ortega finished radiation!\n",
    });
    const r = cli(["--format", "json", "a.json", "b.jsonl", "c.json", "d.json", "good.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/a\.json: line 2: a post with no text field; name one message, text, .* or pass --csv-column/);
    expect(r.stderr).toMatch(/b\.jsonl: line 2: a post with no text field/);
    expect(r.stderr).toMatch(/c\.json: line 1: the post's "text" is not a string/);
    expect(r.stderr).toMatch(/d\.json: line 1: a post is a string or an object with a text field/);
    expect(r.stderr).not.toContain("Imelda");
    expect(JSON.parse(r.stdout).files.find((f: { path: string }) => f.path === "good.txt").findings.length).toBeGreaterThan(0);
    expect(cli(["--csv-column", "notes", "b.jsonl"], { cwd: dir }).stdout).toMatch(/line 1: a post with no text field; no field is named "notes"/);
    expect(names(report(dir, ["e.json"]).files[0].findings)).toEqual([[1, 40, "Luis Ortega"]]);
  });

  it("reads JSON Lines, one post a line, with positions on the right line", () => {
    const dir = tempTree({ "a.jsonl": '{"message": "Welcome Dr. Nadia Okonkwo!"}\n{"message": "Our patient Luis Ortega finished radiation!"}\n' });
    const [file] = report(dir, ["a.jsonl"]).files;
    expect(names(file.findings)).toEqual([[2, 26, "Luis Ortega"]]);
  });

  it("malformed JSON exits 2 naming the file and line", () => {
    const dir = tempTree({ "a.json": '[\n{"text": "ok"},\n{"text": }\n]', "b.jsonl": '{"text": "ok"}\n{oops}\n' });
    const r = cli(["a.json", "b.jsonl"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/line 3: not valid JSON/);
    expect(r.stdout).toMatch(/line 2: not valid JSON/);
  });

  it("are not picked up from a folder, only when named or globbed", () => {
    const dir = tempTree({ "exports/a.json": '["Our patient Luis Ortega finished radiation!"]', "package.json": '{"name": "x"}' });
    expect(report(dir, ["."]).files).toEqual([]);
    expect(report(dir, ["exports/*.json"]).files).toHaveLength(1);
  });
});
