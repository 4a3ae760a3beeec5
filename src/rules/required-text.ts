/**
 * The text a pattern cannot match without: a list of strings one of which is
 * in every match, read from the pattern's source ("\b(?:cures?|cured)\s+\w+"
 * needs "cure"). V8 compiles a pattern the first time it runs, which for the
 * few hundred patterns of the shipped rules is most of the time a one-draft
 * run takes; a draft that holds none of a pattern's strings is not given to it.
 *
 * Strings are folded (see `fold`) so one test serves patterns with and without
 * the i flag. Undefined when the pattern needs nothing that can be told (".+",
 * "\d{3}", a back-reference): such a pattern always runs.
 */
export function requiredText(source: string): string[] | undefined {
  let node: Info;
  try {
    node = new Reader(source).read();
  } catch {
    return undefined; // a construct this reader does not know: the pattern always runs
  }
  return best(node);
}

/** Text as `requiredText`'s strings are compared with it: upper- then lower-cased, so "ſ", "S" and "s" are one. */
export function fold(text: string): string {
  return text.toUpperCase().toLowerCase();
}

const requirements = new WeakMap<RegExp, string[] | null>();
let last = { text: "", folded: "" };

/**
 * False when the text holds none of the strings the pattern needs, so it cannot
 * match and need not be compiled; true otherwise. The requirement is read once
 * per pattern, and the fold of the last text is kept, as the same text meets
 * many patterns in a row.
 */
export function mayMatch(regex: RegExp, text: string): boolean {
  let needs = requirements.get(regex);
  if (needs === undefined) {
    needs = requiredText(regex.source) ?? null;
    requirements.set(regex, needs);
  }
  if (!needs) return true;
  if (last.text !== text) last = { text, folded: fold(text) };
  return needs.some((s) => last.folded.includes(s));
}

/** What a part of a pattern can match: every string, when few and short (else undefined), and strings one of which it needs. */
interface Info {
  exact?: Set<string>;
  needs?: Set<string>;
}

const MAX_STRINGS = 64;
const ANY: Info = {};
const EMPTY: Info = { exact: new Set([""]) };

/** The node's best requirement: its own or, when it matches only a few strings, none empty, those strings. */
function best(node: Info): string[] | undefined {
  const options = [node.needs, node.exact && !node.exact.has("") ? node.exact : undefined].filter((s): s is Set<string> => s !== undefined);
  const pick = options.sort((a, b) => score(b) - score(a))[0];
  if (!pick || score(pick) === 0) return undefined;
  // A string that holds another of the set adds nothing: "cure" serves for "cures" and "cured".
  return [...pick].filter((s) => ![...pick].some((t) => t !== s && s.includes(t)));
}

/** The shortest string's length: longer strings let fewer drafts through. */
function score(s: Set<string>): number {
  let min = Infinity;
  for (const x of s) min = Math.min(min, x.length);
  return min;
}

function bestSet(node: Info): Set<string> | undefined {
  const b = best(node);
  return b && new Set(b);
}

function product(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function union(sets: (Set<string> | undefined)[]): Set<string> | undefined {
  const out = new Set<string>();
  for (const s of sets) {
    if (!s) return undefined;
    for (const x of s) out.add(x);
  }
  return out.size <= MAX_STRINGS ? out : undefined;
}

/** A node matching one of `chars` as one character. */
const oneOf = (chars: string[]): Info => (chars.length <= MAX_STRINGS ? { exact: new Set(chars.map(fold)) } : ANY);

const QUANTIFIER = /(?:([*+?])|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\?(?:<[=!]|[=!:]|<[\p{L}\p{N}_$]+>)/uy;

/** Reads a pattern in the syntax of the u flag, as far as the requirement goes. */
class Reader {
  private at = 0;
  constructor(private readonly src: string) {}

  read(): Info {
    const node = this.alternation();
    if (this.at < this.src.length) throw new Error("unbalanced group");
    return node;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.at] === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0];
    return { exact: union(branches.map((b) => b.exact)), needs: union(branches.map(bestSet)) };
  }

  private sequence(): Info {
    const candidates: Set<string>[] = [];
    let run: Set<string> | undefined = new Set([""]); // the strings the items read so far in a row can match together
    let whole: Set<string> | undefined = run;
    while (this.at < this.src.length && this.src[this.at] !== "|" && this.src[this.at] !== ")") {
      const item = this.quantified();
      const needs = bestSet(item);
      if (needs) candidates.push(needs);
      whole = whole && item.exact && product(whole, item.exact);
      const joined: Set<string> | undefined = run && item.exact && product(run, item.exact);
      if (joined) run = joined;
      else {
        if (run) candidates.push(run);
        run = item.exact;
      }
    }
    if (run) candidates.push(run);
    const usable = candidates.filter((c) => !c.has(""));
    const needs = usable.sort((a, b) => score(b) - score(a))[0];
    return { exact: whole, needs };
  }

  private quantified(): Info {
    const atom = this.atom();
    const q = this.sticky(QUANTIFIER);
    if (!q) return atom;
    this.at += q[0].length;
    const min = q[1] === "+" ? 1 : q[1] ? 0 : Number(q[2]);
    const max = q[1] === "?" ? 1 : q[1] ? Infinity : q[3] === undefined ? min : q[4] ? Number(q[4]) : Infinity;
    const needs = min > 0 ? bestSet(atom) : undefined;
    let exact: Set<string> | undefined;
    if (atom.exact && max <= 3) {
      const powers: (Set<string> | undefined)[] = [new Set([""])];
      for (let k = 1; k <= max; k++) powers.push(powers[k - 1] && product(powers[k - 1]!, atom.exact));
      exact = union(powers.slice(min));
    }
    return { exact, needs };
  }

  private atom(): Info {
    const c = this.src[this.at++];
    switch (c) {
      case "(":
        return this.group();
      case "[":
        return this.charClass();
      case ".":
        return ANY;
      case "^":
      case "$":
        return EMPTY;
      case "\\":
        return this.escape();
      default:
        return oneOf([this.codePoint(c)]);
    }
  }

  /** The match of a sticky pattern where the reader is, or null. */
  private sticky(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.at;
    return re.exec(this.src);
  }

  /** The rest of a character that may be a surrogate pair. */
  private codePoint(first: string): string {
    const code = first.charCodeAt(0);
    if (code >= 0xd800 && code < 0xdc00 && this.at < this.src.length) return first + this.src[this.at++];
    return first;
  }

  private group(): Info {
    const head = this.sticky(GROUP_HEAD);
    if (head) this.at += head[0].length;
    const inner = this.alternation();
    if (this.src[this.at++] !== ")") throw new Error("unbalanced group");
    if (!head || !/[=!]$/.test(head[0])) return inner;
    // A look-around matches no text of its own; the text a positive one looks at must be there.
    return head[0].endsWith("=") ? { exact: EMPTY.exact, needs: bestSet(inner) } : EMPTY;
  }

  private escape(): Info {
    const c = this.src[this.at++];
    if (c === undefined) throw new Error("pattern ends in a backslash");
    if ("bB".includes(c)) return EMPTY;
    if ("dDwWsS".includes(c)) return ANY;
    if (c === "p" || c === "P") {
      this.skipPast("}");
      return ANY;
    }
    if (c === "k" || /[1-9]/.test(c)) throw new Error("back-reference");
    const char = this.escapedChar(c);
    return oneOf([char]);
  }

  /** The character an escape (without its backslash) stands for, in a class or out of one. */
  private escapedChar(c: string): string {
    const controls: Record<string, string> = { n: "\n", r: "\r", t: "\t", f: "\f", v: "\v", "0": "\0" };
    if (c in controls) return controls[c];
    if (c === "x") return this.hex(2);
    if (c === "u") {
      if (this.src[this.at] === "{") {
        const end = this.src.indexOf("}", this.at);
        const cp = String.fromCodePoint(parseInt(this.src.slice(this.at + 1, end), 16));
        this.at = end + 1;
        return cp;
      }
      return this.hex(4);
    }
    if (c === "c") return String.fromCharCode(this.src.charCodeAt(this.at++) % 32);
    return this.codePoint(c);
  }

  private hex(n: number): string {
    const digits = this.src.slice(this.at, this.at + n);
    if (!new RegExp(`^[0-9a-fA-F]{${n}}$`).test(digits)) throw new Error("bad hex escape");
    this.at += n;
    return String.fromCharCode(parseInt(digits, 16));
  }

  private skipPast(end: string): void {
    const i = this.src.indexOf(end, this.at);
    if (i < 0) throw new Error(`missing ${end}`);
    this.at = i + 1;
  }

  /** A class lists its characters when it is not negated, holds no class escape and is small. */
  private charClass(): Info {
    const negated = this.src[this.at] === "^";
    if (negated) this.at++;
    const chars: string[] = [];
    let open = !negated;
    while (this.src[this.at] !== "]") {
      if (this.at >= this.src.length) throw new Error("unclosed class");
      const from = this.classChar();
      if (from === undefined) {
        open = false;
        continue;
      }
      if (this.src[this.at] === "-" && this.src[this.at + 1] !== "]") {
        this.at++;
        const to = this.classChar();
        if (to === undefined) throw new Error("range to a class escape");
        const [a, b] = [from.codePointAt(0)!, to.codePointAt(0)!];
        if (b - a > MAX_STRINGS) open = false;
        else for (let cp = a; cp <= b; cp++) chars.push(String.fromCodePoint(cp));
      } else chars.push(from);
    }
    this.at++;
    return open && chars.length > 0 ? oneOf(chars) : ANY;
  }

  /** One character of a class, or undefined for a class escape (\d, \p{L}). */
  private classChar(): string | undefined {
    const c = this.src[this.at++];
    if (c !== "\\") return this.codePoint(c);
    const e = this.src[this.at++];
    if ("dDwWsS".includes(e)) return undefined;
    if (e === "p" || e === "P") {
      this.skipPast("}");
      return undefined;
    }
    if (e === "b") return "\b";
    return this.escapedChar(e);
  }
}
