import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";

/**
 * Asks recheck (a maintained ReDoS analyser) whether a pattern can backtrack
 * catastrophically. Answers are cached per pattern, since an analysis can
 * take a few hundred milliseconds. A pattern recheck cannot decide within its
 * time limit is let through.
 */
export function regexRisk(source: string, flags: string): string | undefined {
  const key = createHash("sha256").update(`${flags}/${source}`).digest("hex").slice(0, 24);
  const cache = readCache();
  if (key in cache) return cache[key] || undefined;
  // Loaded only when a pattern is not in the cache: shipped rules never need it at run time.
  const { checkSync } = createRequire(import.meta.url)("recheck") as typeof import("recheck");
  const result = checkSync(source, flags, { timeout: 3000 });
  let risk = "";
  // Exponential and cubic-or-worse blow-ups are refused. Quadratic search cost is what almost
  // every unanchored `x+` pattern has, and drafts are short, so it is allowed.
  if (result.status === "vulnerable" && (result.complexity.type === "exponential" || result.complexity.degree >= 3)) {
    risk = `${result.complexity.summary} backtracking on input like ${JSON.stringify(result.attack.string.slice(0, 40))}`;
  }
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
