// Builds gold.json from the annotations below: finds each quote in its file and
// records exact UTF-16 offsets. Run: node eval/holdout/build-gold.mjs
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.dirname(fileURLToPath(import.meta.url));

const NIS = "NIS (South Korean intelligence)";
const GUR = "GUR (Ukrainian military intelligence)";
const KYIV = "Ukraine (Kyiv / Zelensky)";
const UA_MIL = "Ukrainian armed forces (General Staff, Air Force)";
const DOD = "US Department of Defense (Pentagon)";
const WH = "US government (White House)";
const STATE = "US State Department";
const KREMLIN = "Kremlin (Dmitry Peskov)";
const PYONGYANG = "North Korea (Pyongyang)";
const RU_MOD = "Russian Ministry of Defence";
const SK_GOV = "South Korean government / military (JCS, ministries)";
const SUSPILNE = "Suspilne (Ukrainian public broadcaster)";
const YONHAP = "Yonhap (media)";

/** [file, quote, number_text, low, high, qualifier, category, unit, measure, attributed_to, as_of, stance?, note?] */
const A = [
  // en01 — Reuters-style wire, 2024-10-18
  ["en01_reuters_wire.txt", "About 1,500 special forces soldiers were transported on Russian navy ships from North Korea's east coast to Vladivostok between Oct. 8 and Oct. 13, the NIS said in a statement", "1,500", 1500, 1500, "approx", "deployed", "soldiers", "North Korean special forces already shipped to Vladivostok", NIS, "2024-10-18", "asserts", "headline restates it as 1,500 (no 'about')"],
  ["en01_reuters_wire.txt", "North Korea has decided to send a total of 12,000 troops, including special forces, to help Russia in its war against Ukraine, South Korea's National Intelligence Service said on Friday", "12,000", 12000, 12000, "exact", "deployed", "soldiers", "North Korean troops to be sent to Russia (total)", NIS, "2024-10-18"],
  ["en01_reuters_wire.txt", "Two thousand more soldiers were due to leave in the coming weeks, Yonhap news agency reported", "Two thousand", 2000, 2000, "exact", "deployed", "soldiers", "further North Korean soldiers due to leave", YONHAP, "2024-10-18"],
  ["en01_reuters_wire.txt", "Kyiv's intelligence had information that North Korea was preparing to send 10,000 troops to Russia", "10,000", 10000, 10000, "exact", "deployed", "soldiers", "North Korean troops being prepared for Russia", KYIV, "2024-10-17", "asserts", "Zelensky speaking on Thursday"],
  ["en01_reuters_wire.txt", "The Kremlin on Friday dismissed the report", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", KREMLIN, "2024-10-18", "denies"],
  ["en01_reuters_wire.txt", "North Korea's mission to the United Nations in New York had earlier called such reports \"groundless, stereotyped rumours\" in a statement", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", PYONGYANG, null, "denies"],
  ["en01_reuters_wire.txt", "Ukraine's military intelligence agency said this week that about 11,000 North Korean infantrymen were training in eastern Russia", "11,000", 11000, 11000, "approx", "deployed", "soldiers", "North Korean infantry training in eastern Russia", GUR, "2024-10"],
  ["en01_reuters_wire.txt", "North Korea has also shipped more than 13,000 containers of artillery shells, missiles and anti-tank rockets to Russia since August last year, according to the NIS", "13,000", 13000, null, "at_least", "materiel", "containers", "containers of North Korean munitions shipped to Russia", NIS, "2024-10-18"],
  ["en01_reuters_wire.txt", "could hold more than 8 million rounds of 122mm and 152mm artillery shells", "8 million", 8000000, null, "at_least", "materiel", "shells", "artillery rounds in the containers", SK_GOV, "2024-08"],

  // en02 — Guardian-style, 2024-12-23
  ["en02_guardian.txt", "Zelensky says 3,000 North Korean soldiers killed or wounded in Kursk", "3,000", 3000, 3000, "exact", "casualties", "soldiers", "North Korean soldiers killed or wounded in Kursk (headline)", KYIV, "2024-12-23", "asserts", "headline rounds 'more than 3,000'"],
  ["en02_guardian.txt", "More than 3,000 North Korean soldiers have been killed or wounded fighting for Russia in the Kursk region, Volodymyr Zelensky has said", "More than 3,000", 3000, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed or wounded in Kursk", KYIV, "2024-12-23", "asserts", "restated in the Telegram quote ('has already exceeded 3,000')"],
  ["en02_guardian.txt", "at least 100 North Korean soldiers had been killed", "at least 100", 100, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed", NIS, "2024-12"],
  ["en02_guardian.txt", "nearly 1,000 wounded", "nearly 1,000", 1000, 1000, "approx", "casualties", "soldiers", "North Korean soldiers wounded", NIS, "2024-12"],
  ["en02_guardian.txt", "The NIS believes that about 11,000 North Korean troops are now in Russia, most of them in Kursk", "about 11,000", 11000, 11000, "approx", "deployed", "soldiers", "North Korean troops in Russia", NIS, "2024-12-23"],
  ["en02_guardian.txt", "the US had seen North Korean units suffer \"several hundred casualties\"", "several hundred", 200, 999, "vague", "casualties", "soldiers", "North Korean casualties", WH, "2024-12"],

  // en03 — live blog, 2025-01-11
  ["en03_liveblog.txt", "Ukrainian forces have captured two North Korean soldiers in Russia's Kursk region, Volodymyr Zelensky said in a post on X", "two", 2, 2, "exact", "captured", "soldiers", "North Korean soldiers captured in Kursk", KYIV, "2025-01-11", "asserts", "also in the headline, the key events and the quote"],
  ["en03_liveblog.txt", "Russia launched 74 drones and three ballistic missiles at Ukraine overnight, the air force said", "74", 74, 74, "exact", "materiel", "drones", "Russian drones launched at Ukraine overnight", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "three ballistic missiles at Ukraine overnight, the air force said", "three", 3, 3, "exact", "materiel", "missiles", "Russian ballistic missiles launched overnight", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "Air defence units shot down 47 of the drones", "47", 47, 47, "exact", "materiel", "drones", "drones shot down", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "while 27 were \"lost\" to electronic jamming, it added in a statement on Telegram", "27", 27, 27, "exact", "materiel", "drones", "drones lost to jamming", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "In the Sumy region, two people were injured, the regional administration said", "two", 2, 2, "exact", "casualties", "people", "people injured in Sumy region", "Ukrainian regional authorities", "2025-01-11"],
  ["en03_liveblog.txt", "Russian forces had lost about 1,830 soldiers killed or wounded over the past 24 hours", "about 1,830", 1830, 1830, "approx", "casualties", "soldiers", "Russian soldiers killed or wounded in 24 hours", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "The General Staff puts Russian losses since February 2022 at more than 800,000", "more than 800,000", 800000, null, "at_least", "casualties", "soldiers", "Russian losses since February 2022", UA_MIL, "2025-01-11"],
  ["en03_liveblog.txt", "claimed its forces had shot down 17 Ukrainian drones over the Bryansk and Kursk regions", "17", 17, 17, "exact", "materiel", "drones", "Ukrainian drones shot down over Russia", RU_MOD, "2025-01-11"],
  ["en03_liveblog.txt", "North Korean troops in Kursk had suffered heavy losses, with \"hundreds\" killed", "hundreds", 100, null, "vague", "casualties", "soldiers", "North Korean soldiers killed", GUR, "2024-12"],
  ["en03_liveblog.txt", "Ukraine's special operations forces said in December they had killed a dozen North Korean soldiers in one engagement", "a dozen", 12, 12, "approx", "casualties", "soldiers", "North Korean soldiers killed in one engagement", UA_MIL, "2024-12"],
  ["en03_liveblog.txt", "HUR spokesman Andriy Yusov put North Korean losses since they entered combat at about 4,000 killed or wounded", "about 4,000", 4000, 4000, "approx", "casualties", "soldiers", "North Korean soldiers killed or wounded", GUR, "2025-01"],

  // en04 — ISW-style assessment, 2024-12-27
  ["en04_isw.txt", "An estimated 10,000-12,000 North Korean troops remain deployed in Kursk Oblast", "10,000-12,000", 10000, 12000, "range", "deployed", "soldiers", "North Korean troops in Kursk", null, "2024-12-27", "asserts", "the assessment's own voice"],
  ["en04_isw.txt", "Ukrainian President Volodymyr Zelensky stated on December 27 that over 3,000 North Korean soldiers have been killed or wounded in Kursk Oblast since early December", "over 3,000", 3000, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed or wounded in Kursk", KYIV, "2024-12-27"],
  ["en04_isw.txt", "The Ukrainian General Staff reported on December 26 that Ukrainian forces killed or wounded roughly 50 North Korean personnel in a single day near Malaya Loknya", "roughly 50", 50, 50, "approx", "casualties", "soldiers", "North Korean personnel killed or wounded in one day", UA_MIL, "2024-12-26"],
  ["en04_isw.txt", "The Pentagon stated on December 16 that North Korea has deployed about 11,000 to 12,000 troops to Russia", "about 11,000 to 12,000", 11000, 12000, "range", "deployed", "soldiers", "North Korean troops deployed to Russia", DOD, "2024-12-16"],
  ["en04_isw.txt", "A Ukrainian military intelligence (GUR) official told ISW that between 1,500 and 2,000 North Korean soldiers are currently committed to assaults at any one time", "between 1,500 and 2,000", 1500, 2000, "range", "deployed", "soldiers", "North Korean soldiers committed to assaults at one time", GUR, "2024-12-27"],
  ["en04_isw.txt", "at least two North Korean soldiers had killed themselves to avoid being taken prisoner", "at least two", 2, null, "at_least", "casualties", "soldiers", "North Korean soldiers who killed themselves to avoid capture", GUR, "2024-12-24"],
  ["en04_isw.txt", "GUR spokesperson Andriy Yusov claimed that several dozen North Korean soldiers have deserted from the front", "several dozen", 24, 119, "vague", "deserters", "soldiers", "North Korean soldiers who deserted", GUR, "2024-12-27"],
  ["en04_isw.txt", "South Korean Joint Chiefs of Staff (JCS) stated in November that North Korea has sent an estimated 20,000 containers of munitions to Russia since August 2023", "an estimated 20,000", 20000, 20000, "approx", "materiel", "containers", "containers of North Korean munitions sent to Russia", SK_GOV, "2024-11"],
  ["en04_isw.txt", "Ukrainian officials reported that Russian forces have launched around 60 North Korean KN-23/24 ballistic missiles at Ukraine since late December 2023", "around 60", 60, 60, "approx", "materiel", "missiles", "North Korean KN-23/24 missiles launched at Ukraine", KYIV, "2024-12-27"],
  ["en04_isw.txt", "The Ukrainian Air Force reported that Russian forces launched 31 Shahed and decoy drones from Bryansk, Kursk, and Oryol cities", "31", 31, 31, "exact", "materiel", "drones", "Russian drones launched overnight", UA_MIL, "2024-12-27"],
  ["en04_isw.txt", "Ukrainian forces shot down 20 drones over seven oblasts", "20", 20, 20, "exact", "materiel", "drones", "drones shot down", UA_MIL, "2024-12-27"],

  // en05 — Yonhap-style, 2025-01-13
  ["en05_yonhap.txt", "North Korea has suffered around 3,000 casualties in Russia's war against Ukraine, including some 300 killed, South Korea's spy agency said Monday", "around 3,000", 3000, 3000, "approx", "casualties", "soldiers", "North Korean casualties", NIS, "2025-01-13", "asserts", "the headline repeats the same figure (one claim, two mentions)"],
  ["en05_yonhap.txt", "including some 300 killed, South Korea's spy agency said Monday", "some 300", 300, 300, "approx", "casualties", "soldiers", "North Korean soldiers killed", NIS, "2025-01-13", "asserts", "restated as 'about 300 dead'"],
  ["en05_yonhap.txt", "The North Korean casualties are estimated to have surpassed 3,000", "surpassed 3,000", 3000, null, "at_least", "casualties", "soldiers", "North Korean casualties", NIS, "2025-01-13"],
  ["en05_yonhap.txt", "2,700 wounded,\" Lee quoted the NIS as saying", "2,700", 2700, 2700, "approx", "casualties", "soldiers", "North Korean soldiers wounded", NIS, "2025-01-13"],
  ["en05_yonhap.txt", "at least 100 North Korean soldiers had been killed", "at least 100", 100, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed (December estimate)", NIS, "2024-12"],
  ["en05_yonhap.txt", "around 1,000 injured", "around 1,000", 1000, 1000, "approx", "casualties", "soldiers", "North Korean soldiers injured (December estimate)", NIS, "2024-12"],
  ["en05_yonhap.txt", "The NIS also confirmed that two North Korean soldiers had been captured by Ukrainian forces in the Kursk region over the weekend", "two", 2, 2, "exact", "captured", "soldiers", "North Korean soldiers captured in Kursk", NIS, "2025-01-13"],
  ["en05_yonhap.txt", "The agency believes that North Korea has dispatched some 11,000 troops to Russia since October", "some 11,000", 11000, 11000, "approx", "deployed", "soldiers", "North Korean troops sent to Russia", NIS, "2025-01-13"],
  ["en05_yonhap.txt", "Former Defense Minister Kim Yong-hyun said in October that North Korea had shipped more than 9 million artillery shells to Russia", "more than 9 million", 9000000, null, "at_least", "materiel", "shells", "North Korean artillery shells shipped to Russia", SK_GOV, "2024-10"],

  // en06 — AP-style, 2025-04-28
  ["en06_ap_pentagon.txt", "Russia had massed tens of thousands of troops, including the North Koreans, to push Ukrainian forces out of Kursk", "tens of thousands", 10000, null, "vague", "deployed", "soldiers", "troops Russia massed to retake Kursk", null, null],
  ["en06_ap_pentagon.txt", "U.S., South Korean and Ukrainian officials say North Korea has sent 11,000 to 12,000 troops to Russia since last fall", "11,000 to 12,000", 11000, 12000, "range", "deployed", "soldiers", "North Korean troops sent to Russia", WH, "2025-04-28", "asserts", "three governments; the first named is kept"],
  ["en06_ap_pentagon.txt", "The Pentagon said in December that \"about 11,000 to 12,000\" North Korean troops were in Kursk", "about 11,000 to 12,000", 11000, 12000, "range", "deployed", "soldiers", "North Korean troops in Kursk", DOD, "2024-12"],
  ["en06_ap_pentagon.txt", "Deputy Pentagon press secretary Sabrina Singh told reporters at the time that the U.S. had seen them suffer \"several hundred\" casualties", "several hundred", 200, 999, "vague", "casualties", "soldiers", "North Korean casualties", DOD, "2024-12"],
  ["en06_ap_pentagon.txt", "South Korea's spy agency said earlier this month that about 4,700 North Korean soldiers had been killed or wounded", "about 4,700", 4700, 4700, "approx", "casualties", "soldiers", "North Korean soldiers killed or wounded", NIS, "2025-04"],
  ["en06_ap_pentagon.txt", "including some 600 deaths", "some 600", 600, 600, "approx", "casualties", "soldiers", "North Korean soldiers killed", NIS, "2025-04"],
  ["en06_ap_pentagon.txt", "The NIS said in February that North Korea had sent some 3,000 additional troops to Russia in January and February", "some 3,000", 3000, 3000, "approx", "deployed", "soldiers", "additional North Korean troops sent in January and February", NIS, "2025-02"],
  ["en06_ap_pentagon.txt", "In October, a senior North Korean diplomat, Kim Son Gyong, called the reports \"groundless\"", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", PYONGYANG, "2024-10", "denies"],
  ["en06_ap_pentagon.txt", "Kremlin spokesman Dmitry Peskov at the time also dismissed the allegations", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", KREMLIN, "2024-10", "denies"],
  ["en06_ap_pentagon.txt", "Zelenskyy told reporters last week that Ukraine's troops were still holding two North Korean prisoners, captured in January", "two", 2, 2, "exact", "captured", "soldiers", "North Korean prisoners held by Ukraine", KYIV, "2025-04"],

  // fr01 — AFP-style, 2024-10-18
  ["fr01_afp.txt", "La Corée du Nord a envoyé 1\u00A0500 soldats des forces spéciales en Russie pour soutenir Moscou dans sa guerre contre l'Ukraine, et prévoit d'en déployer davantage, a affirmé vendredi le service de renseignement sud-coréen (NIS)", "1 500", 1500, 1500, "exact", "deployed", "soldiers", "North Korean special forces sent to Russia", NIS, "2024-10-18", "asserts", "also the headline (« selon Séoul »)"],
  ["fr01_afp.txt", "Au total, Pyongyang a décidé d'envoyer quelque 12\u00A0000 soldats, répartis en quatre brigades, selon le NIS", "quelque 12 000", 12000, 12000, "approx", "deployed", "soldiers", "North Korean soldiers to be sent (total)", NIS, "2024-10-18"],
  ["fr01_afp.txt", "Pyongyang préparait l'envoi de 10.000 soldats pour épauler l'armée russe", "10.000", 10000, 10000, "exact", "deployed", "soldiers", "North Korean soldiers being prepared for Russia", KYIV, "2024-10-17"],
  ["fr01_afp.txt", "Le Kremlin a démenti vendredi ces informations", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", KREMLIN, "2024-10-18", "denies"],
  ["fr01_afp.txt", "près de 3\u00A0000 militaires nord-coréens se trouvaient déjà dans l'Extrême-Orient russe et suivaient un entraînement sur cinq sites", "près de 3 000", 3000, 3000, "approx", "deployed", "soldiers", "North Korean soldiers already training in the Russian Far East", GUR, "2024-10"],
  ["fr01_afp.txt", "Séoul estime par ailleurs que Pyongyang a livré depuis août 2023 plus de 13\u00A0000 conteneurs de munitions à la Russie", "plus de 13 000", 13000, null, "at_least", "materiel", "containers", "containers of munitions delivered to Russia", NIS, "2024-10-18", "asserts", "« Séoul » after an NIS report; the gazetteer reads Séoul as the NIS"],
  ["fr01_afp.txt", "soit plus de 8 millions d'obus d'artillerie", "plus de 8 millions", 8000000, null, "at_least", "materiel", "shells", "artillery shells delivered to Russia", NIS, "2024-10-18"],

  // fr02 — Le Monde-style, 2024-12-24
  ["fr02_lemonde.txt", "Selon Kiev, près de 3\u202F000 soldats envoyés par Pyongyang auraient été tués ou blessés en quelques semaines", "près de 3 000", 3000, 3000, "approx", "casualties", "soldiers", "North Korean soldiers killed or wounded", KYIV, "2024-12-24"],
  ["fr02_lemonde.txt", "« le nombre de soldats nord-coréens tués et blessés dans la région de Koursk dépasse déjà les 3\u202F000 »", "dépasse déjà les 3 000", 3000, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed and wounded in Kursk", KYIV, "2024-12-24"],
  ["fr02_lemonde.txt", "au moins 100 soldats tués", "au moins 100", 100, null, "at_least", "casualties", "soldiers", "North Korean soldiers killed", NIS, "2024-12-19"],
  ["fr02_lemonde.txt", "près de 1\u202F000 blessés", "près de 1 000", 1000, 1000, "approx", "casualties", "soldiers", "North Korean soldiers wounded", NIS, "2024-12-19"],
  ["fr02_lemonde.txt", "Pour le Pentagone, qui estime que la Corée du Nord a déployé de 10\u202F000 à 12\u202F000 hommes en Russie", "de 10 000 à 12 000", 10000, 12000, "range", "deployed", "soldiers", "North Korean soldiers deployed in Russia", DOD, "2024-12-24"],
  ["fr02_lemonde.txt", "les pertes se chiffrent à « plusieurs centaines »", "plusieurs centaines", 200, 999, "vague", "casualties", "soldiers", "North Korean losses", DOD, "2024-12-24"],
  ["fr02_lemonde.txt", "Des centaines de soldats nord-coréens auraient par ailleurs été tués lors d'une seule offensive, près du village de Plekhovo, à une dizaine de kilomètres de la frontière, selon le renseignement militaire ukrainien", "Des centaines", 100, null, "vague", "casualties", "soldiers", "North Korean soldiers killed in one offensive", GUR, "2024-12-24"],
  ["fr02_lemonde.txt", "Longtemps, Moscou et Pyongyang ont nié toute présence nord-coréenne", null, null, null, null, "deployed", "soldiers", "North Korean troops in Russia", PYONGYANG, null, "denies", "denied jointly by Moscow and Pyongyang; one claim kept"],
  ["fr02_lemonde.txt", "Le chef du renseignement militaire ukrainien, Kyrylo Boudanov, affirmait alors que 11\u00A0000 soldats nord-coréens s'entraînaient dans l'Est russe", "11 000", 11000, 11000, "exact", "deployed", "soldiers", "North Korean soldiers training in eastern Russia", GUR, "2024-10"],
  ["fr02_lemonde.txt", "qui aurait livré des millions d'obus à Moscou", "des millions", 1000000, null, "vague", "materiel", "shells", "North Korean shells delivered to Russia", null, null],

  // fr03 — France 24-style, 2024-11-05
  ["fr03_france24.txt", "Selon les services de renseignement sud-coréens, plus de 10\u00A0000 soldats nord-coréens sont désormais stationnés en Russie", "plus de 10 000", 10000, null, "at_least", "deployed", "soldiers", "North Korean soldiers stationed in Russia", NIS, "2024-11-05"],
  ["fr03_france24.txt", "Selon le Pentagone, environ 10\u00A0000 soldats nord-coréens ont été envoyés dans l'est de la Russie pour s'y entraîner", "environ 10 000", 10000, 10000, "approx", "deployed", "soldiers", "North Korean soldiers sent to train in eastern Russia", DOD, "2024-11-05"],
  ["fr03_france24.txt", "Parmi eux, 8\u00A0000 se trouvent désormais dans la région frontalière de Koursk, a précisé lundi le secrétaire d'État américain, Antony Blinken", "8 000", 8000, 8000, "exact", "deployed", "soldiers", "North Korean soldiers in Kursk region", STATE, "2024-11-04", "asserts", "restated in the list (« 8 000 : ceux qui… »)"],
  ["fr03_france24.txt", "10\u00A0000 : le nombre de soldats nord-coréens déployés en Russie, selon Washington", "10 000", 10000, 10000, "exact", "deployed", "soldiers", "North Korean soldiers deployed in Russia", WH, "2024-11-05"],
  ["fr03_france24.txt", "1\u00A0500 : les membres des forces spéciales envoyés dès la mi-octobre, selon Séoul", "1 500", 1500, 1500, "exact", "deployed", "soldiers", "North Korean special forces sent from mid-October", NIS, "2024-11-05"],
  ["fr03_france24.txt", "500 : le nombre d'officiers nord-coréens déjà présents en Russie, selon le NIS", "500", 500, 500, "exact", "deployed", "officers", "North Korean officers already in Russia", NIS, "2024-11-05"],
  ["fr03_france24.txt", "Pyongyang a longtemps nié avoir envoyé des troupes", null, null, null, null, "deployed", "soldiers", "North Korean troops sent to Russia", PYONGYANG, null, "denies"],
  ["fr03_france24.txt", "Le GUR évoque la livraison de plusieurs millions d'obus", "plusieurs millions", 2000000, 9999999, "vague", "materiel", "shells", "North Korean shells delivered to Russia", GUR, "2024-11-05"],
  ["fr03_france24.txt", "de dizaines de missiles balistiques KN-23", "dizaines", 10, null, "vague", "materiel", "missiles", "North Korean KN-23 ballistic missiles delivered", GUR, "2024-11-05"],
  ["fr03_france24.txt", "Les autorités ukrainiennes affirment par ailleurs que quelque 3\u00A0000 missiles", "quelque 3 000", 3000, 3000, "approx", "materiel", "missiles", "missiles launched at Ukraine in three months", KYIV, "2024-11-05"],
  ["fr03_france24.txt", "plus de 4\u00A0000 drones ont été lancés contre l'Ukraine au cours des trois derniers mois", "plus de 4 000", 4000, null, "at_least", "materiel", "drones", "drones launched at Ukraine in three months", KYIV, "2024-11-05"],

  // fr04 — BFMTV-style live, 2025-01-11
  ["fr04_bfmtv.txt", "Les forces ukrainiennes ont capturé deux soldats nord-coréens dans la région russe de Koursk, a annoncé samedi Volodymyr Zelensky", "deux", 2, 2, "exact", "captured", "soldiers", "North Korean soldiers captured in Kursk", KYIV, "2025-01-11", "asserts", "also in the headline and the 16h05 heading"],
  ["fr04_bfmtv.txt", "les pertes nord-coréennes s'élèvent désormais à plus de 3\u00A0800 tués et blessés depuis leur arrivée sur le front", "plus de 3 800", 3800, null, "at_least", "casualties", "soldiers", "North Korean killed and wounded since arriving", KYIV, "2025-01-11", "asserts", "also the 14h10 heading"],
  ["fr04_bfmtv.txt", "Un responsable du renseignement militaire ukrainien a déclaré à l'AFP que « plusieurs dizaines » de soldats nord-coréens avaient été tués lors des combats de la semaine dernière", "plusieurs dizaines", 20, 99, "vague", "casualties", "soldiers", "North Korean soldiers killed last week", GUR, "2025-01"],
  ["fr04_bfmtv.txt", "La Russie a lancé 74 drones", "74", 74, 74, "exact", "materiel", "drones", "Russian drones launched overnight", UA_MIL, "2025-01-11"],
  ["fr04_bfmtv.txt", "trois missiles balistiques sur l'Ukraine dans la nuit, a indiqué l'armée de l'air ukrainienne", "trois", 3, 3, "exact", "materiel", "missiles", "Russian ballistic missiles launched overnight", UA_MIL, "2025-01-11"],
  ["fr04_bfmtv.txt", "Au total, 47 drones ont été abattus", "47", 47, 47, "exact", "materiel", "drones", "drones shot down", UA_MIL, "2025-01-11"],
  ["fr04_bfmtv.txt", "27 autres ont été « perdus », probablement brouillés", "27", 27, 27, "exact", "materiel", "drones", "drones lost to jamming", UA_MIL, "2025-01-11"],
  ["fr04_bfmtv.txt", "Dans la région de Soumy, deux personnes ont été blessées", "deux", 2, 2, "exact", "casualties", "people", "people injured in Sumy region", null, "2025-01-11"],
  ["fr04_bfmtv.txt", "Le ministère russe de la Défense a affirmé avoir abattu 21 drones ukrainiens au-dessus des régions de Briansk et Koursk", "21", 21, 21, "exact", "materiel", "drones", "Ukrainian drones shot down over Russia", RU_MOD, "2025-01-11"],

  // fr05 — Figaro-style, 2025-02-14
  ["fr05_figaro.txt", "la Corée du Nord aurait expédié vers la Russie plus de 20\u202F000 conteneurs de munitions, selon l'état-major interarmées sud-coréen", "plus de 20 000", 20000, null, "at_least", "materiel", "containers", "containers of munitions shipped to Russia", SK_GOV, "2025-02-14"],
  ["fr05_figaro.txt", "De quoi contenir, selon les estimations de Séoul, plus de 9 millions d'obus d'artillerie de 122 et 152 mm", "plus de 9 millions", 9000000, null, "at_least", "materiel", "shells", "artillery shells the containers could hold", SK_GOV, "2025-02-14", "asserts", "« Séoul » here follows the Joint Chiefs of Staff"],
  ["fr05_figaro.txt", "soit plusieurs millions de projectiles", "plusieurs millions", 2000000, 9999999, "vague", "materiel", "shells", "North Korean shells fired by Russia in 2024", GUR, "2025-02-14"],
  ["fr05_figaro.txt", "l'armée russe tirait jusqu'à 40\u202F000 obus par jour", "jusqu'à 40 000", null, 40000, "up_to", "materiel", "shells", "shells fired by Russia per day at the peak", UA_MIL, "2025-02-14"],
  ["fr05_figaro.txt", "contre 10\u202F000 aujourd'hui, selon les forces armées ukrainiennes", "10 000", 10000, 10000, "exact", "materiel", "shells", "shells fired by Russia per day now", UA_MIL, "2025-02-14"],
  ["fr05_figaro.txt", "Selon le parquet général ukrainien, la Russie a tiré au moins une soixantaine de ces missiles nord-coréens sur l'Ukraine depuis décembre 2023", "au moins une soixantaine", 60, null, "at_least", "materiel", "missiles", "North Korean missiles fired at Ukraine", KYIV, "2025-02-14"],
  ["fr05_figaro.txt", "Pyongyang a également livré plus de 200 pièces d'artillerie à longue portée, dont des canons automoteurs Koksan de 170 mm et des lance-roquettes multiples de 240 mm, d'après le ministère sud-coréen de la Défense", "plus de 200", 200, null, "at_least", "materiel", "artillery pieces", "long-range artillery pieces delivered", SK_GOV, "2025-02-14"],
  ["fr05_figaro.txt", "Le Kremlin a toujours démenti toute livraison d'armes nord-coréennes", null, null, null, null, "materiel", "weapons", "North Korean weapons delivered to Russia", KREMLIN, null, "denies"],

  // fr06 — Ouest-France-style, 2025-04-28
  ["fr06_ouestfrance.txt", "D'après les services de renseignement sud-coréens, de 10\u202F000 à 12\u202F000 soldats ont été envoyés à l'automne 2024", "de 10 000 à 12 000", 10000, 12000, "range", "deployed", "soldiers", "North Korean soldiers sent in autumn 2024", NIS, "2025-04-28"],
  ["fr06_ouestfrance.txt", "puis quelque 3\u202F000 hommes supplémentaires en début d'année", "quelque 3 000", 3000, 3000, "approx", "deployed", "soldiers", "additional North Korean soldiers sent early 2025", NIS, "2025-04-28"],
  ["fr06_ouestfrance.txt", "Les pertes seraient lourdes : environ 4\u202F700 tués ou blessés", "environ 4 700", 4700, 4700, "approx", "casualties", "soldiers", "North Korean killed or wounded", NIS, "2025-04-28"],
  ["fr06_ouestfrance.txt", "dont quelque 600 morts, selon le NIS", "quelque 600", 600, 600, "approx", "casualties", "soldiers", "North Korean dead", NIS, "2025-04-28"],
  ["fr06_ouestfrance.txt", "Dix mille soldats, c'est à peu près l'effectif engagé en première ligne au plus fort des combats, selon un expert cité par l'agence Yonhap", "Dix mille", 10000, 10000, "approx", "deployed", "soldiers", "North Korean soldiers on the front line at the peak", YONHAP, "2025-04-28"],
  ["fr06_ouestfrance.txt", "Selon la chaîne publique ukrainienne Suspilne, une douzaine de soldats nord-coréens auraient quitté leurs positions dans la région de Koursk dès novembre", "une douzaine", 12, 12, "approx", "deserters", "soldiers", "North Korean soldiers who left their positions", SUSPILNE, "2024-11"],
  ["fr06_ouestfrance.txt", "Le renseignement militaire ukrainien affirme de son côté que plusieurs milliers de Nord-Coréens ont été redéployés à l'arrière après de lourdes pertes", "plusieurs milliers", 2000, 9999, "vague", "deployed", "soldiers", "North Koreans redeployed to the rear", GUR, "2025-04-28"],
  ["fr06_ouestfrance.txt", "Deux soldats nord-coréens, capturés en janvier par l'armée ukrainienne, sont toujours détenus à Kiev", "Deux", 2, 2, "exact", "captured", "soldiers", "North Korean soldiers captured and held in Kyiv", null, "2025-01"],
  ["fr06_ouestfrance.txt", "la Corée du Nord avait aussi livré jusqu'à 12 millions d'obus selon les estimations les plus hautes", "jusqu'à 12 millions", null, 12000000, "up_to", "materiel", "shells", "North Korean shells delivered (highest estimates)", SK_GOV, "2025-04-28"],
];

const gold = A.map(([file, quote, number_text, low, high, qualifier, category, unit, measure, attributed_to, as_of, stance = "asserts", note]) => {
  const text = readFileSync(path.join(dir, file), "utf8");
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`${file}: quote not found: ${quote}`);
  if (text.indexOf(quote, start + 1) >= 0) throw new Error(`${file}: quote not unique: ${quote}`);
  const entry = { file, quote, number_text, value_low: low, value_high: high, qualifier, category, measure, unit, attributed_to, as_of, stance };
  if (note) entry.note = note;
  return { ...entry, start, end: start + quote.length };
});
writeFileSync(path.join(dir, "gold.json"), `${JSON.stringify(gold, null, 1)}\n`);
console.log(`${gold.length} gold claims`);
