import { beforeAll, describe, expect, it } from "vitest";
import { VALIDATORS } from "../src/detectors/validators.js";
import { loadNlp } from "../src/nlp/compromise.js";

// The name checks read compromise's lexicon.
beforeAll(loadNlp);

/** [validator, valid strings, invalid strings] */
const TABLE: [string, string[], string[]][] = [
  ["ssn", ["521-44-0917", "123 45 6789", "078051120"], ["000-12-3456", "666-12-3456", "912-44-0917", "521-00-0917", "521-44-0000", "52144091"]],
  ["luhn", ["4111 1111 1111 1111", "4111-1111-1111-1111", "378282246310005"], ["4111 1111 1111 1112", "0000000000000000", "1234"]],
  ["mbi", ["1EG4-TE5-MK73", "1EG4TE5MK73"], ["1SG4-TE5-MK73", "0EG4-TE5-MK73", "1EG4-TE5-MK7"]],
  ["vin", ["1HGCM82633A004352", "2T2HK31U38C057399"], ["1HGCM82633A004353", "1HGCM82633A00435", "IHGCM82633A004352"]],
  ["npi", ["1245319599"], ["1245319598", "3245319599"]],
  ["dea", ["AB1234563"], ["AB1234564", "A11234563"]],
  ["nanp", ["415-555-0162", "(312) 555-0177", "+1 415 555 0162", "555-0123", "212-555-1234 x12"], ["123-456-7890", "415-111-0162", "911-555-0162", "055-0123"]],
  ["phone", ["+44 20 7946 0958", "+33 1 42 68 53 00", "+55 11 98456 5666"], ["+1 123 456", "+999 1"]],
  ["phone-shape", ["60-56-85-91", "467 3395"], ["12-34", "11/02/2026"]],
  ["ipv4", ["203.0.113.42", "10.0.0.0/8"], ["256.1.1.1", "0.1.2.3", "1.2.3.4/40"]],
  ["ipv6", ["2001:db8::8a2e:370:7334", "1::", "fe80::1"], ["10:30", "12:30:45", "abc"]],
  ["mac", ["00:1A:2B:3C:4D:5E", "00-14-22-04-25-37", "0014.2204.2537"], ["00:1A-2B:3C:4D:5E", "00:1A:2B:3C:4D"]],
  ["date", ["11/30/2025", "4/9/81", "7/22", "2024-06-01", "June 2nd", "Aug 5", "3 March 2025", "Sept. 14, 2023", "May 2023", "30.11.2025"],
    ["24/7", "13/15", "2/30", "1/2", "3/4", "2024-13-01", "May", "1.5"]],
  ["age-over-89", ["93-year-old", "aged 91", "100th birthday", "125"], ["89 years old", "45", "130-year-old"]],
  ["email", ["tnguyen.1990@example.com", "a.b+c@mail.example.org"], ["scan@2x.png", "user@localhost"]],
  ["url", ["https://example.org/a", "example.org/stretches", "www.example.com", "http://192.168.1.1:80/x", "http://[2001:db8::1]/path"], ["report.pdf", "3.5/5"]],
  ["zip", ["90210", "90213-1544"], ["00000", "11111", "123"]],
  ["itin", ["912-70-1234", "911531234", "999-94-0000"], ["912-40-1234", "812-70-1234"]],
  ["bitcoin", ["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2", "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"],
    ["1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN3", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdx"]],
  ["iban", ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"], ["GB82 WEST 1234 5698 7654 33", "GB82"]],
  ["person-name", ["Denise Carter", "Mr. May", "Šárka Ottová", "Luis", "Peg Walker", "Mr. Foley"], ["Happy Nurses", "Monday", "Our Team", "Supposed To Hate", "Mr.", "Propofol, Ativan", "Chest Tube", "Sputum Cx"]],
  ["possible-name", ["Weronika Martinsen", "Amber Rose", "Mayo-Walters", "Davis, Reynolds"], ["Right Groin", "Resp-Vent", "Neuro-", "Amio, Levo", "Hypertensive, Ineffective", "K+, Ca++"]],
  ["person-name-caps", ["VERONICA", "CAROLE HAYES"], ["WILL TRY", "VERY SUPPORTIVE", "SEEMS UNABLE"]],
  ["person-name-lower", ["sarah", "eddie", "marcela", "bill"], ["called", "tolerated", "masci", "cont", "at", "sandwich"]],
  ["surname-lower", ["nicholson", "masci", "renzi"], ["called", "tolerated", "cont", "pt", "at"]],
  ["surname", ["Brandt", "H. Brandt", "E. Marsh", "J.Walker", "Abernethy", "Greenleaf"], ["Marsh", "Empty", "Isolation", "Turnover", "Cyprus", "Propofol", "E. The"]],
  ["given-name", ["Juniper", "Bodhi", "Priya"], ["Isolation", "Standby", "Propofol", "Monday"]],
  ["family-name", ["Hendersons", "Nguyens", "Joneses"], ["Lakers", "Pyxis", "Henderson", "Rockies"]],
  ["facility", ["St. Mary's Hospital", "Cleveland Clinic", "General Hospital"], ["Hospital", "Our Clinic"]],
  ["place", ["Oakdale", "Chicago"], ["ab", "monday"]],
  ["health-detail", ["post a pic of your worst flare", "share your lupus labs", "what's your ejection fraction", "share your scoliosis x-rays", "drop your knee replacement"],
    ["share your diabetes questions", "post your flu shot selfie", "share your favorite heart-healthy recipe", "share this post with your family", "drop your best summer photo"]],
  ["health-question", ["Tell us in the replies: how many seizures did your kid have last month, and what meds are they on", "what size was yours and did you need surgery", "POTS community: what's your heart rate when you stand up"],
    ["Did you know 1 in 8 women will be diagnosed with breast cancer", "What should you do if you think you're having a stroke", "Have you scheduled your mammogram yet", "What questions do you have about birth control options", "Which flu myth have you heard the most"]],
  ["health-request", ["Long COVID folks, list your symptoms and how many months you've had them in the comments", "Comment your kid's last A1c and how old they were when diagnosed", "Post a pic of your swollen ankle"],
    ["Tell us what you love most about our new cancer center", "Know what medications you're taking, and share the list with your pharmacist", "Share this post to remind the women in your life to get their mammogram", "What's your favorite recipe for people with diabetes"]],
];

describe.each(TABLE)("validator %s", (name, valid, invalid) => {
  const check = VALIDATORS[name];
  it.each(valid.map((v) => [v]))("accepts %s", (v) => expect(check(v)).toBe(true));
  it.each(invalid.map((v) => [v]))("rejects %s", (v) => expect(check(v)).toBe(false));
});
