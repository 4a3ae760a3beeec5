import { beforeAll, describe, expect, it } from "vitest";
import { loadNlp, nlpMatchAll } from "../src/nlp/compromise.js";

beforeAll(async () => {
  await loadNlp();
});

const people = (text: string) => nlpMatchAll(text, ["#Person+"]).get("#Person+")!.map((s) => text.slice(s.start, s.end));

describe("compromise matches", () => {
  it("end where their last word ends, not after the marks around the first", () => {
    expect(people("Hi, **Anita Desai** spent three months with us.")).toEqual(["Anita Desai"]);
    expect(people('Then "Marco Bellini" came by.')).toEqual(["Marco Bellini"]);
  });

  it("keep the full stop of an initial", () => {
    expect(people("What is the next step for Anna S. after surgery?")).toEqual(["Anna S."]);
  });

  it("cut a list of people apart at its commas, but keep a surname and a first name together", () => {
    const names = (text: string) => nlpMatchAll(text, ["#Honorific? #Person+"]).get("#Honorific? #Person+")!.map((s) => text.slice(s.start, s.end));
    expect(names("We thank Ana Ruiz, Luis Ortega and Maria Diaz.")).toEqual(["Ana Ruiz", "Luis Ortega", "Maria Diaz"]);
    expect(names("Hello Mrs. Tran, Dr. Malik will call.")).toEqual(["Mrs. Tran", "Dr. Malik"]);
    expect(names("Pt: Ortega, Luis admitted for CHF.")).toEqual(["Ortega, Luis"]);
  });
});
