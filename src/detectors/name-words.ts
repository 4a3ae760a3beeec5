/**
 * Capitalised words that are not names of people: sentence openers, greetings,
 * calendar words, pronouns, group words. A candidate name made only of these is dropped.
 */
export const NOT_NAME_WORDS = new Set(
  `a an the our we us you your my his her their its this that these those it i he she they them
  and or but so if then when while as at in on of for from to by with about after before
  hi hello hey dear thanks thank welcome congrats congratulations meet please happy join call visit
  free new today tonight tomorrow yesterday now here there everyone everybody all team staff friends
  folks family families community patients patient residents resident nurses nurse doctors doctor
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december week weekend month year morning afternoon evening night
  christmas easter thanksgiving halloween hanukkah ramadan diwali kwanzaa
  god lord jesus mother father mom dad mommy daddy baby son daughter wife husband sister brother
  covid flu cancer heart health care medical hospital clinic center unit room emergency
  north south east west street avenue road county city state
  yes no ok okay great good well sorry best love warm kind big little old young`
    .split(/\s+/)
    .filter(Boolean),
);

export const HONORIFICS = /^(?:mr|mrs|ms|mx|miss|dr|prof|rev|sr|sister|father|nurse|baby|grandma|grandpa|aunt|uncle)\.?$/i;
