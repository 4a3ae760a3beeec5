import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

/**
 * Asks recheck (a maintained ReDoS analyser) whether a pattern can backtrack
 * catastrophically. Answers are cached per pattern, since an analysis can
 * take a few hundred milliseconds. A pattern recheck cannot decide within its
 * time limit is let through, and so is one that only some of three fuzzing runs
 * find cubic.
 */
export function regexRisk(source: string, flags: string): string | undefined {
  const key = createHash("sha256").update(`${flags}/${source}`).digest("hex").slice(0, 24);
  const cache = readCache();
  if (key in cache) return cache[key] || undefined;
  // Loaded only when a pattern is not in the cache: shipped rules never need it at run time.
  const { checkSync } = createRequire(import.meta.url)("recheck") as typeof import("recheck");
  // Exponential and cubic-or-worse blow-ups are refused. Quadratic search cost is what almost
  // every unanchored `x+` pattern has, and drafts are short, so it is allowed.
  type Diagnostics = ReturnType<typeof checkSync>;
  const tooSlow = (r: Diagnostics) => r.status === "vulnerable" && (r.complexity.type === "exponential" || r.complexity.degree >= 3);
  // A polynomial degree that fuzzing finds within the time limit is an estimate: a pattern near the limit can read cubic in one
  // run and quadratic in the next. Such a verdict stands only if two more runs confirm it; exponential ones stand at once.
  const estimated = (r: Diagnostics) => r.status === "vulnerable" && r.complexity.type !== "exponential" && r.checker === "fuzz";
  let result = checkSync(source, flags, { timeout: 3000 });
  for (let run = 0; run < 2 && tooSlow(result) && estimated(result); run++) {
    const again = checkSync(source, flags, { timeout: 3000 });
    if (!tooSlow(again)) result = again;
  }
  const risk = result.status === "vulnerable" && tooSlow(result) ? `${result.complexity.summary} backtracking on input like ${JSON.stringify(result.attack.string.slice(0, 40))}` : "";
  cache[key] = risk;
  writeCache(cache);
  return risk || undefined;
}

const CACHE_DIR = join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "phi-lint");
const CACHE_FILE = join(CACHE_DIR, "regex-safety.json");
let memory: Record<string, string> | undefined;

function readCache(): Record<string, string> {
  if (memory) return memory;
  try {
    memory = JSON.parse(readFileSync(CACHE_FILE, "utf8")) as Record<string, string>;
  } catch {
    memory = {};
  }
  return memory;
}

function writeCache(cache: Record<string, string>): void {
  try {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(CACHE_FILE, JSON.stringify(cache));
  } catch {
    // A read-only home only costs time on the next run.
  }
}
