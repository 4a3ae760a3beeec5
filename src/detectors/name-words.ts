import { shippedList } from "../rules/list-files.js";

/**
 * Capitalised words that are not names of people: sentence openers, greetings,
 * calendar words, pronouns, group words. A candidate name made only of these is dropped.
 */
export const NOT_NAME_WORDS = new Set(
  `a an the our we us you your my his her their its this that these those it i he she they them who is was are
  and or but so if then when while as at in on of for from to by with about after before
  hi hello hey dear thanks thank welcome congrats congratulations meet please happy join call visit hola gracias felicidades
  free new today tonight tomorrow yesterday now here there everyone everybody all team staff friends
  folks family families community patients patient residents resident nurses nurse doctors doctor
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december week weekend month year morning afternoon evening night
  christmas easter thanksgiving halloween hanukkah ramadan diwali kwanzaa
  god lord jesus mother father mom dad mommy daddy baby boy girl son daughter wife husband sister brother
  covid flu cancer heart health care medical hospital clinic center unit room emergency
  north south east west street avenue road county city state
  yes no ok okay great good well sorry best love hate warm kind big little old young
  one two three four five six seven eight nine ten first second third last
  note reminder update warning tip tips question answer bot user subject date time re fyi ps summary
  source location phone email name address alert
  floor home rehab icu ccu micu sicu nicu picu cath lab surgery dialysis hospice ward bed radiology ct mri xray x-ray
  or ed er pacu ir ep step-down stepdown telemetry tele nursing facility outside osh another different
  has had called visiting visited talking came here updated aware present spoke phoned left other friends friend
  aline a-line brady tachy afib lt rt bilat neuro resp cv gi gu heme skin misc dispo social plan access code full npo prn news info important attention
  wi-fi wifi internet online website app portal resources forms faqs handbook story stories spotlight`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that never stand inside a person's name: function words, and words
 * that make a capitalised run an organization, a place or an event.
 */
export const NEVER_IN_NAME = new Set(
  `a an the our we us you your my his her their its this that to of and or but for from with by in on at
  is are was were be not no all any into than then so as
  hospital hosp clinic center centre ctr medical health healthcare care institute foundation association
  society university college school high elementary middle prep academy church ministry department dept office unit ward services
  inc llc ltd corp co company group partners associates solutions technologies systems global
  street st avenue ave road rd drive dr lane ln court ct boulevard blvd way place square plaza
  county city town village state island river lake mount valley beach harbor
  week month day year awareness act law program fund team risk score disease syndrome resources forms faqs handbook
  cancer heart diabetes stroke lung kidney brain breast survivor survivors walk run race 5k gala
  league club guild alliance coalition federation union chapter council network
  american african asian hispanic latino latina caucasian european native
  facebook instagram tiktok youtube twitter linkedin snapchat pinterest reddit whatsapp zoom teams mychart live podcast webinar app`
    .split(/\s+/)
    .filter(Boolean),
);

export const HONORIFICS = /^(?:mr|mrs|ms|mx|miss|dr|prof|rev|sr|sister|father|nurse|baby|grandma|grandpa|aunt|uncle)\.?$/i;

let firstNames: Set<string> | undefined;

/** First names that are everyday words too ("bill", "rose"), from rules/lists/word-first-names.txt. */
export function isWordFirstName(word: string): boolean {
  firstNames ??= new Set(shippedList("word-first-names").map((e) => e.toLowerCase()));
  return firstNames.has(word);
}
