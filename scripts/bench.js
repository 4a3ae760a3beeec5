#!/usr/bin/env node
// Speed targets, measured on the built CLI (run with `npm run bench`):
//   - one short draft: well under a second, start-up included;
//   - 2,000 short drafts in one run: a few seconds;
//   - one 2 MB draft: linted without running out of memory.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const bin = join(dirname(fileURLToPath(import.meta.url)), "..", "bin", "phi-lint.js");
const POSTS = [
  "Congrats to our patient Luis Ortega on finishing radiation this week! Call 415-555-0162 with questions.",
  "Free flu clinic at 12 Harbor Road this Saturday, 10am-2pm. Call 555-0147 to reserve a spot.",
  "Welcome Dr. Nadia Okonkwo, our new neurologist, who joins us from a teaching hospital.",
  "Discharged 11/02/2026 after a 3-week stay: our friend Mr. Alder is finally home!",
];

function time(label, args, budgetMs) {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, "--format", "json", ...args], { encoding: "utf8", maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const ok = r.status === 0 || r.status === 1;
  console.log(`${ok && ms <= budgetMs ? "ok  " : "SLOW"} ${label}: ${ms.toFixed(0)} ms (budget ${budgetMs} ms, exit ${r.status})`);
  return ok && ms <= budgetMs;
}

const one = mkdtempSync(join(tmpdir(), "phi-bench-"));
writeFileSync(join(one, "post.txt"), POSTS[0]);
const many = mkdtempSync(join(tmpdir(), "phi-bench-"));
for (let i = 0; i < 2000; i++) writeFileSync(join(many, `p${i}.txt`), POSTS[i % POSTS.length]);
const big = mkdtempSync(join(tmpdir(), "phi-bench-"));
let text = "";
while (text.length < 2 * 1024 * 1024) text += `${POSTS[text.length % POSTS.length]}\n`;
writeFileSync(join(big, "big.txt"), text);

const results = [
  time("one draft", [join(one, "post.txt")], 1500),
  time("2,000 drafts", [many], 30000),
  time("one 2 MB draft", [join(big, "big.txt")], 60000),
];
process.exitCode = results.every(Boolean) ? 0 : 1;
