// Hurricane Maria's death toll in Puerto Rico (September 2017): the official 64
// against the studies' estimates (Harvard, George Washington University).
const GW = ["GW researchers", "George Washington University", "George Washington University researchers", "GW", "the study", "study", "GW study", "Milken Institute School of Public Health", "researchers"];
const HARVARD = ["Harvard study", "Harvard", "Harvard University", "Harvard researchers", "Harvard University researchers", "Harvard T.H. Chan School of Public Health", "Harvard's T.H. Chan School of Public Health", "scientists from Harvard's T.H. Chan School of Public Health", "the study", "study", "researchers", "New England Journal of Medicine"];
const OFFICIAL = ["official estimates", "officials", "official", "government", "Puerto Rico government", "Puerto Rican government", "government of Puerto Rico", "authorities"];
const INDEPENDENT = ["independent investigations", "numerous independent investigations", "news sources", "news sources and other groups"];

const AT = "en01_atlantic.txt";
const WP = "en02_washingtonpost.txt";
const AW = "en03_accuweather.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — The Atlantic, 28 August 2018 (George Washington University study)
  [AT, "Almost 3,000 people were killed by Hurricane Maria in Puerto Rico", "Almost 3,000", 3000, 3000, 3000, "approx", "killed", "people", "deaths caused by Hurricane Maria (GW study)", GW, null],
  [AT, "is from 2,658 to 3,290 dead", "from 2,658 to 3,290", 2658, null, 3290, "range", "killed", "people", "deaths, 95% confidence interval (GW study)", GW, null],
  [AT, "which estimated over 4,000 deaths", "over 4,000", 4000, 4000, null, "at_least", "killed", "people", "deaths (Harvard study)", HARVARD, null],
  [AT, "which reported 1,139 deaths from September to December", "1,139", 1139, 1139, 1139, "exact", "killed", "people", "deaths from September to December (administrative data)", ["study of administrative data", "a study of administrative data", "study"], null, "asserts", "a period, not a day: no as-of date; « almost a tenth of the population » is a fraction, not annotated"],

  // en02 — The Washington Post (republished), 29 May 2018
  [WP, "Harvard study estimates thousands died in Puerto Rico", "thousands", 1000, null, null, "vague", "killed", "people", "deaths linked to the hurricane (headline)", HARVARD, null],
  [WP, "estimates that 4,645 deaths can be linked to the hurricane", "4,645", 4645, 4645, 4645, "exact", "killed", "people", "deaths linked to the hurricane (Harvard study)", HARVARD, null],
  [WP, "Official estimates have placed the number of dead at 64", "64", 64, 64, 64, "exact", "killed", "people", "official death toll", OFFICIAL, null],
  [WP, "a count that has drawn sharp criticism from experts and local residents", null, null, null, null, null, "killed", "people", "official death toll (64)", ["experts", "experts and local residents", "local residents"], null, "denies"],

  // en03 — AccuWeather, 29 May 2018
  [AW, "Hurricane Maria may have killed more than 4,600 in Puerto Rico, study says", "more than 4,600", 4600, 4600, null, "at_least", "killed", "people", "deaths (Harvard study, headline)", HARVARD, null],
  [AW, "In early December, the official death toll in Puerto Rico remained at 64", "64", 64, 64, 64, "exact", "killed", "people", "official death toll", [...OFFICIAL, "official death toll"], "2017-12", "asserts", "« the official death toll of 64 » in the study's dismissal is a mention"],
  [AW, "the death toll related to Maria was in between 400 and 1,000", "in between 400 and 1,000", 400, null, 1000, "range", "killed", "people", "death toll (independent investigations)", INDEPENDENT, null],
  [AW, "with some estimating it to be over 1,000", "over 1,000", 1000, 1000, null, "at_least", "killed", "people", "death toll (some investigations)", [...INDEPENDENT, "some"], null],
  [AW, "there were 4,645 \"excess deaths.\"", "4,645", 4645, 4645, 4645, "exact", "killed", "people", "excess deaths from 20 September to 31 December 2017 (Harvard study)", HARVARD, null, "asserts", "a period, not a day: no as-of date"],
  [AW, "The study dismisses the official death toll of 64 as \"a substantial underestimate.\"", null, null, null, null, null, "killed", "people", "official death toll (64)", HARVARD, null, "denies"],
  [AW, "the death toll was somewhere between about 800 and 8,500 people", "between about 800 and 8,500", 800, null, 8500, "range", "killed", "people", "death toll, 95% likelihood (Harvard study)", ["the researchers", ...HARVARD], null],
  [AW, "The researchers say 5,000 is a likely figure.", "5,000", 5000, 5000, 5000, "exact", "killed", "people", "likely death toll (Harvard study)", ["the researchers", ...HARVARD], null],
];
export default CLAIMS;
