import type { Span } from "./document.js";

const ABBREVIATION = /(?:^|[\s("“'‘])(?:Dr|DR|Drs|DRS|Mr|MR|Mrs|MRS|Ms|Mx|Prof|PROF|Rev|St|Mt|Jr|Sr|Sen|Rep|Gov|Lt|Sgt|Capt|Pvt|Cpl|Spc|Pfc|PFC|Maj|Col|Gen|Adm|Cmdr|Ofc|Det|Insp|vs|etc|e\.g|i\.e|No|Apt|Ste|Ave|Rd|Blvd|approx|min|max|[A-Z])$/;

/** Where sentences end: after . ! ? before white space (not after titles, initials, a list item's number or in an aside in brackets), and at line breaks. */
export function sentenceEnds(text: string): number[] {
  const out: number[] = [];
  const end = /[.!?]+["')\]”’]*(?=\s|$)|\n/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    if (m[0][0] === "." && ABBREVIATION.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    // A single lower-case letter before more lower case is an abbreviation: "e. coli", "h. pylori", "at 2 a.m. with".
    if (m[0] === "." && /(?:^|[\s(.])[a-z]$/.test(text.slice(Math.max(0, m.index - 2), m.index)) && /^\s+[a-z]/.test(text.slice(m.index + 1, m.index + 4))) continue;
    // A mark inside brackets that close before lower case ends only the aside: "Grandpa Walt (age 91!) just finished ...".
    if (/[)\]]/.test(m[0]) && /^[^\S\n]+\p{Ll}/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) continue;
    // The number of a list item ("1. Frank Howell") opens its line; it ends nothing.
    if (m[0] === "." && /(?:^|\n)[ \t]*\d{1,3}$/.test(text.slice(Math.max(0, m.index - 8), m.index))) continue;
    out.push(m.index + m[0].length);
  }
  return out;
}

/** Whether only white space or emoji stand between a sentence's start and a word in it: "👶 Born 9 lbs 2 oz ...". */
export function opensSentence(text: string, start: number, at: number): boolean {
  return /^[\s\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u200d\ufe0f]*$/u.test(text.slice(start, at));
}

/** Sentence spans of a post, trimmed of white space. */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const end of sentenceEnds(text)) {
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;

  function push(a: number, b: number): void {
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (b > a) out.push({ start: a, end: b });
  }
}

/**
 * For each of the sorted, non-overlapping `containers`, the items that overlap
 * it (an item across a boundary belongs to both). Linear after sorting, so a
 * huge draft is not compared sentence by sentence against every item.
 */
export function groupBySpan<T extends Span>(containers: Span[], items: T[]): T[][] {
  const groups: T[][] = containers.map(() => []);
  for (const item of items) {
    let lo = 0;
    let hi = containers.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (containers[mid].end <= item.start) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < containers.length && containers[i].start < Math.max(item.end, item.start + 1); i++) groups[i].push(item);
  }
  return groups;
}
