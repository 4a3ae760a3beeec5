import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import fg from "fast-glob";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { parseRule } from "./parse.js";
import { RuleError, type Rule } from "./rule.js";
import { readList, SHIPPED_RULES_DIR } from "./list-files.js";

const cache = new Map<string, Rule[]>();

/**
 * Loads the shipped rules and the rules of `extraDirs` (ids are paths under
 * each folder). Term lists are looked up in the rule folder's own `lists/`,
 * then in the shipped one.
 */
export function loadRules(extraDirs: string[] = []): Rule[] {
  const key = extraDirs.map((d) => resolve(d)).join("\0");
  const hit = cache.get(key);
  if (hit) return hit;
  const rules: Rule[] = [];
  const seen = new Map<string, string>();
  for (const dir of [SHIPPED_RULES_DIR, ...extraDirs.map((d) => resolve(d))]) {
    const shipped = dir === SHIPPED_RULES_DIR;
    for (const rule of loadDir(dir, shipped)) {
      const other = seen.get(rule.id);
      if (other) throw new RuleError(rule.file, "", `rule id "${rule.id}" is already defined by ${other}; rename one of the files`);
      seen.set(rule.id, rule.file);
      rules.push(rule);
    }
  }
  cache.set(key, rules);
  return rules;
}

function loadDir(dir: string, shipped: boolean): Rule[] {
  const files = fg.sync(["**/*.yaml", "**/*.yml"], { cwd: dir, ignore: ["lists/**", "**/node_modules/**"], absolute: true }).sort();
  const lists = new Map<string, string[] | undefined>();
  const list = (name: string): string[] | undefined => {
    if (!lists.has(name)) lists.set(name, readList(join(dir, "lists", `${name}.txt`)) ?? readList(join(SHIPPED_RULES_DIR, "lists", `${name}.txt`)));
    return lists.get(name);
  };
  return files.map((abs) => {
    const file = displayPath(abs);
    const id = relative(dir, abs).split(sep).join("/").replace(/\.ya?ml$/, "");
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(abs, "utf8"), { uniqueKeys: true });
    } catch (e) {
      const where = e instanceof YAMLParseError && e.linePos ? ` (line ${e.linePos[0].line})` : "";
      throw new RuleError(file, "", `not valid YAML${where}: ${(e as Error).message.split("\n")[0]}`);
    }
    return parseRule(id, file, raw, { list, checkSafety: !shipped });
  });
}

function displayPath(abs: string): string {
  const rel = relative(process.cwd(), abs);
  return (rel.startsWith("..") ? abs : rel).split(sep).join("/");
}
