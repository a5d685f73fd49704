// The Tigray war (November 2020 to November 2022): death tolls from the peace
// mediator, researchers and Ethiopian officials, far apart.
const OBASANJO = ["Olusegun Obasanjo", "Obasanjo", "Mr Obasanjo", "African Union", "African Union mediator", "AU mediator", "peace mediator", "Financial Times", "The Financial Times", "FT"];
const VANDEN_BEMPT = ["Tim Vanden Bempt", "Vanden Bempt"];
const NYSSEN = ["researchers", "Jan Nyssen", "Nyssen", "Ghent University", "Ghent University researchers", "researchers led by Jan Nyssen", "experts"];

const AM = "en01_almayadeen.txt";
const UP = "en02_upwardpost.txt";
const RR = "en03_rainbowradio_bbc.txt";

/** [file, quote, number_text, low, best, high, qualifier, category, unit, measure, source, as_of, stance?, note?, nth?] */
const CLAIMS = [
  // en01 — Al Mayadeen English, 16 January 2023
  [AM, "an estimated 600,000 people were killed", "an estimated 600,000", 600000, 600000, 600000, "approx", "killed", "people", "people killed in the Tigray war", OBASANJO, null, "asserts", "the headline's « 600,000 » and the quote « about 600,000 » are mentions. The « 1,000 deaths every day » prevented is a rate: not annotated"],
  [AM, "somewhere between 300,000 and 400,000 civilian casualties only", "between 300,000 and 400,000", 300000, null, 400000, "range", "killed", "people", "civilians killed", VANDEN_BEMPT, null, "asserts", "« casualties » here are the dead (« the number of dead could be »)"],
  [AM, "as many as 200,000-300,000 people died on the battlefield", "200,000-300,000", 200000, null, 300000, "range", "killed", "people", "people killed on the battlefield", [...VANDEN_BEMPT, "unofficial figures"], null],
  [AM, "some Ethiopian officials estimate the entire number of losses, both civilian and battlefield, at 80,000-100,000 people", "80,000-100,000", 80000, null, 100000, "range", "killed", "people", "civilian and battlefield losses", ["Ethiopian officials", "some Ethiopian officials", "officials"], null],

  // en02 — Upward Post (Guardian copy), March 2022
  [UP, "As many as 500,000 people have died from war and famine", "As many as 500,000", null, 500000, 500000, "up_to", "killed", "people", "people killed by war and famine in Tigray", NYSSEN, null, "asserts", "the headline's « up to half a million » is a mention"],
  [UP, "50,000 to 100,000 victims of direct killings", "50,000 to 100,000", 50000, null, 100000, "range", "killed", "people", "victims of direct killings", NYSSEN, null],
  [UP, "150,000 to 200,000 starvation deaths", "150,000 to 200,000", 150000, null, 200000, "range", "killed", "people", "starvation deaths", NYSSEN, null],
  [UP, "more than 100,000 additional deaths caused by a lack of health care", "more than 100,000", 100000, 100000, null, "at_least", "killed", "people", "deaths for lack of health care", NYSSEN, null],

  // en03 — Rainbow Radio (BBC copy), 16 January 2023
  [RR, "up to 600,000 people may have died in the two-year war", "up to 600,000", null, 600000, 600000, "up_to", "killed", "people", "people killed in the Tigray war", OBASANJO, null],
  [RR, "the number of the dead was “around 600,000”", "around 600,000", 600000, 600000, 600000, "approx", "killed", "people", "people killed in the Tigray war", OBASANJO, null],
  [RR, "Researchers have previously estimated the deaths to in the hundreds of thousands", "hundreds of thousands", 100000, null, null, "vague", "killed", "people", "people killed in the Tigray war (earlier estimates)", ["researchers"], null],
  [RR, "estimates given by all sides needed to be treated with caution", null, null, null, null, null, "killed", "people", "death tolls of all sides", ["Daniel Bekele", "Bekele", "Ethiopian Human Rights Commission", "Ethiopia's human rights commission", "EHRC", "human rights commission"], "2023-01-15", "denies", "casts doubt on every estimate, none named: a dispute with no figure; « On Sunday » through the FT"],
];
export default CLAIMS;
