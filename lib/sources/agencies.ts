// The gazetteer of sources an article can credit: who they are and the names
// and people by which French and English texts refer to them. The app seeds
// its Source table from AGENCIES (id, name, country, kind). To add a source,
// add an entry; aliases in capitals (acronyms) and people's names match with
// their exact case, the rest regardless of case and of plural endings.

export const AGENCY_KINDS = [
  "intelligence", "government", "military", "think_tank", "media", "international", "other",
  // Kinds of sources found in the text (see source-kind.ts).
  "ministry", "police", "union", "party", "health", "ngo", "un_agency", "company", "person", "unnamed",
] as const;
export type AgencyKind = (typeof AGENCY_KINDS)[number];

export interface Agency {
  id: string;
  name: string;
  country: string | null;
  kind: AgencyKind;
  aliases: { fr: string[]; en: string[] };
  people: string[];
  /** Set on a source found in the text: the person who spoke for it ("Christophe Castaner" for the ministry). */
  person?: string | null;
}

export const AGENCIES: Agency[] = [
  {
    id: "gur", name: "Ukraine's Defence Intelligence (GUR)", country: "Ukraine", kind: "intelligence",
    aliases: {
      fr: ["GUR", "HUR", "renseignement militaire ukrainien", "services de renseignement militaire ukrainien", "Direction générale des renseignements du ministère ukrainien de la Défense", "Direction principale du renseignement", "Direction générale du renseignement ukrainien", "GRU ukrainien"],
      en: ["GUR", "HUR", "DIU", "Ukraine's military intelligence", "Ukrainian military intelligence", "Main Intelligence Directorate", "Defence Intelligence of Ukraine", "Defense Intelligence of Ukraine", "Ukraine's Defence Intelligence", "Ukraine's Defense Intelligence"],
    },
    people: ["Kyrylo Budanov", "Kyrylo Boudanov", "Budanov", "Boudanov", "Vadym Skibitskyi", "Skibitskyi", "Skibitsky", "Andriy Yusov", "Yusov", "Iousov"],
  },
  {
    id: "ukraine_intelligence", name: "Ukrainian intelligence (unspecified)", country: "Ukraine", kind: "intelligence",
    aliases: {
      fr: ["renseignement ukrainien", "services de renseignement ukrainiens", "services ukrainiens de renseignement", "sources du renseignement ukrainien"],
      en: ["Ukrainian intelligence", "Ukraine's intelligence", "Kyiv's intelligence", "Ukrainian intelligence officials"],
    },
    people: [],
  },
  {
    id: "sbu", name: "Security Service of Ukraine (SBU)", country: "Ukraine", kind: "intelligence",
    aliases: { fr: ["SBU", "service de sécurité ukrainien", "Service de sécurité d'Ukraine"], en: ["SBU", "Security Service of Ukraine"] },
    people: ["Vasyl Maliuk", "Maliuk"],
  },
  {
    id: "ukraine_gov", name: "Ukrainian government (Kyiv)", country: "Ukraine", kind: "government",
    aliases: {
      fr: ["Kiev", "Kyiv", "présidence ukrainienne", "gouvernement ukrainien", "président ukrainien", "autorités ukrainiennes", "ministère ukrainien des Affaires étrangères", "diplomatie ukrainienne", "chef de la diplomatie ukrainienne", "parquet général ukrainien", "procureur général ukrainien", "responsables ukrainiens"],
      en: ["Kyiv", "Kiev", "Ukrainian president", "Ukraine's president", "Ukrainian government", "Ukrainian officials", "Ukrainian authorities", "Ukraine's foreign ministry", "Ukraine's prosecutor general", "Ukrainian prosecutor general", "Prosecutor General's Office", "Ukrainian foreign ministry", "Ukrainian foreign minister"],
    },
    people: ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Zelensky", "Zelenskyy", "Zelenski", "Andriy Yermak", "Yermak", "Iermak", "Andrii Sybiha", "Sybiha", "Dmytro Kuleba", "Kuleba"],
  },
  {
    id: "ukraine_military", name: "Ukrainian armed forces / General Staff", country: "Ukraine", kind: "military",
    aliases: {
      fr: ["état-major ukrainien", "état-major général ukrainien", "armée ukrainienne", "forces armées ukrainiennes", "ministère ukrainien de la Défense", "ministre ukrainien de la Défense", "armée de l'air ukrainienne", "forces aériennes ukrainiennes", "forces d'opérations spéciales ukrainiennes", "forces spéciales ukrainiennes"],
      en: ["Ukrainian General Staff", "General Staff of the Armed Forces of Ukraine", "Ukrainian army", "Ukraine's armed forces", "Ukraine's defence ministry", "Ukraine's defense ministry", "Ukrainian military", "Ukraine's General Staff", "Ukrainian Air Force", "Ukraine's air force", "Ukrainian air defence", "Ukraine's air defence", "Ukraine's special operations forces", "Ukrainian special operations forces", "Ukrainian Special Operations Forces", "Ukrainian defence minister", "Ukraine's defence minister"],
    },
    people: ["Oleksandr Syrskyi", "Syrskyi", "Syrsky", "Rustem Umerov", "Umerov", "Roustem Oumerov", "Oumerov", "Yuriy Ihnat", "Ihnat", "Iouri Ignat"],
  },
  {
    id: "suspilne", name: "Suspilne (Ukrainian public broadcaster)", country: "Ukraine", kind: "media",
    aliases: {
      fr: ["Suspilne", "Suspline", "service public ukrainien", "radiodiffuseur public ukrainien", "média public ukrainien", "audiovisuel public ukrainien", "chaîne publique ukrainienne"],
      en: ["Suspilne", "Ukrainian public broadcaster", "Ukraine's public broadcaster"],
    },
    people: [],
  },
  {
    id: "nis", name: "South Korea's National Intelligence Service (NIS)", country: "South Korea", kind: "intelligence",
    aliases: {
      fr: ["NIS", "Séoul", "service national de renseignement", "services de renseignement sud-coréens", "service de renseignement sud-coréen", "renseignement sud-coréen", "agence de renseignement sud-coréenne", "agence d'espionnage sud-coréenne"],
      en: ["NIS", "Seoul", "National Intelligence Service", "South Korean intelligence", "South Korea's intelligence", "South Korea's spy agency", "Seoul's spy agency", "South Korean spy agency"],
    },
    people: ["Cho Tae-yong", "Cho Tae Yong"],
  },
  {
    id: "south_korea_gov", name: "South Korean government", country: "South Korea", kind: "government",
    aliases: {
      fr: ["Corée du Sud", "gouvernement sud-coréen", "présidence sud-coréenne", "responsables sud-coréens", "ministère sud-coréen de la Défense", "armée sud-coréenne", "état-major sud-coréen", "président sud-coréen", "état-major interarmées sud-coréen", "chef d'état-major interarmées sud-coréen", "ministère sud-coréen de l'Unification", "ministre sud-coréen de la Défense", "gouvernement de Séoul"],
      en: ["South Korea", "South Korean government", "South Korean officials", "South Korea's defence ministry", "South Korea's defense ministry", "South Korean military", "South Korea's Joint Chiefs of Staff", "South Korean Joint Chiefs of Staff", "JCS", "South Korean president", "South Korea's unification ministry", "South Korean defense minister", "South Korean defence minister", "South Korea's defense minister", "South Korea's defence minister", "Seoul's defense ministry", "Seoul's defence ministry"],
    },
    people: ["Yoon Suk-yeol", "Yoon Suk Yeol", "Suk-yeol", "Yoon", "Kim Yong-hyun", "Kim Yong Hyun", "Shin Won-sik", "Shin Won Sik", "Cho Tae-yul", "Kim Sun-ho", "Lee Seong-kweun"],
  },
  {
    id: "us_dod", name: "US Department of Defense (Pentagon)", country: "United States", kind: "military",
    aliases: {
      fr: ["Pentagone", "département de la Défense", "département américain de la Défense", "secrétaire américain à la Défense", "ministre américain de la Défense", "chef du Pentagone"],
      en: ["Pentagon", "Department of Defense", "Defense Department", "Defense Secretary", "US defense secretary", "U.S. defense secretary", "DoD", "Pentagon press secretary", "US Defense Department", "U.S. Defense Department"],
    },
    people: ["Lloyd Austin", "Austin", "Sabrina Singh", "Pat Ryder", "Pete Hegseth", "Hegseth"],
  },
  {
    id: "us_state", name: "US Department of State", country: "United States", kind: "government",
    aliases: {
      fr: ["département d'État", "Département d'État américain", "secrétaire d'État américain", "secrétaire d'État adjoint", "diplomatie américaine"],
      en: ["State Department", "Department of State", "Secretary of State", "Deputy Secretary of State"],
    },
    people: ["Antony Blinken", "Blinken", "Kurt Campbell", "Campbell", "Matthew Miller", "Marco Rubio", "Rubio"],
  },
  {
    id: "us_gov", name: "US government (White House)", country: "United States", kind: "government",
    aliases: {
      fr: ["Maison Blanche", "Maison-Blanche", "Washington", "États-Unis", "gouvernement américain", "administration américaine", "responsables américains"],
      en: ["White House", "Washington", "United States", "US", "U.S.", "US officials", "U.S. officials", "American officials", "US government", "U.S. government", "Biden administration", "National Security Council", "White House national security spokesperson", "Trump administration"],
    },
    people: ["Joe Biden", "Biden", "Jake Sullivan", "John Kirby", "Kirby", "Donald Trump", "Trump"],
  },
  {
    id: "isw", name: "Institute for the Study of War (ISW)", country: "United States", kind: "think_tank",
    aliases: { fr: ["ISW", "Institut d'étude de la guerre", "Institut pour l'étude de la guerre", "Institute for the Study of War"], en: ["ISW", "Institute for the Study of War"] },
    people: [],
  },
  {
    id: "kremlin", name: "Kremlin (Russian presidency)", country: "Russia", kind: "government",
    aliases: { fr: ["Kremlin", "présidence russe"], en: ["Kremlin", "Russian presidency"] },
    people: ["Dmitri Peskov", "Dmitry Peskov", "Peskov", "Vladimir Poutine", "Vladimir Putin", "Poutine", "Putin", "Iouri Ouchakov", "Yuri Ushakov", "Ouchakov", "Ushakov"],
  },
  {
    id: "russia_gov", name: "Russian government", country: "Russia", kind: "government",
    aliases: {
      fr: ["Moscou", "gouvernement russe", "responsables russes", "diplomatie russe", "autorités russes", "ministère russe des Affaires étrangères", "sources diplomatiques russes"],
      en: ["Moscow", "Russian government", "Russian officials", "Russian authorities", "Russian foreign ministry", "Russia's foreign ministry"],
    },
    people: ["Sergueï Lavrov", "Sergei Lavrov", "Lavrov", "Maria Zakharova", "Zakharova", "Zakharova"],
  },
  {
    id: "russia_mod", name: "Russian Ministry of Defence", country: "Russia", kind: "military",
    aliases: {
      fr: ["ministère russe de la Défense", "état-major russe", "ministre russe de la Défense", "chef d'état-major russe"],
      en: ["Russian Defence Ministry", "Russian Defense Ministry", "Russia's defence ministry", "Russia's defense ministry", "Russian Ministry of Defence", "Russian Ministry of Defense", "Russian General Staff"],
    },
    people: ["Andreï Belooussov", "Andrei Belousov", "Belooussov", "Belousov", "Valeri Guerassimov", "Valery Gerasimov", "Guerassimov", "Gerasimov", "Sergueï Choïgou", "Sergei Shoigu", "Choïgou", "Shoigu", "Igor Konashenkov", "Konashenkov"],
  },
  {
    id: "north_korea", name: "North Korean government (Pyongyang)", country: "North Korea", kind: "government",
    aliases: {
      fr: ["Pyongyang", "Corée du Nord", "KCNA", "agence officielle nord-coréenne", "régime nord-coréen", "régime de Pyongyang", "médias d'État nord-coréens", "responsables nord-coréens", "diplomate nord-coréen", "diplomatie nord-coréenne", "ministère nord-coréen des Affaires étrangères", "ministre nord-coréenne des Affaires étrangères", "ministre nord-coréen des Affaires étrangères", "dirigeant nord-coréen"],
      en: ["Pyongyang", "North Korea", "KCNA", "Korean Central News Agency", "North Korean state media", "North Korean government", "North Korean regime", "North Korean officials", "North Korean diplomat", "North Korean foreign ministry", "North Korea's foreign ministry", "North Korea's mission to the United Nations", "Central Military Commission", "North Korean leader"],
    },
    people: ["Kim Jong Un", "Kim Jong-un", "Kim Yo Jong", "Kim Yo-jong", "Choe Son Hui", "Kim Yong Bok", "Kim Son Gyong", "Kim Song"],
  },
  {
    id: "nato", name: "NATO", country: null, kind: "international",
    aliases: { fr: ["OTAN", "Alliance atlantique", "secrétaire général de l'OTAN", "chef de l'OTAN"], en: ["NATO", "North Atlantic Treaty Organization", "NATO Secretary General", "NATO chief", "NATO spokesperson"] },
    people: ["Mark Rutte", "Rutte", "Jens Stoltenberg", "Stoltenberg"],
  },
  {
    id: "un", name: "United Nations", country: null, kind: "international",
    aliases: { fr: ["ONU", "Nations unies", "Conseil de sécurité de l'ONU"], en: ["United Nations", "U.N.", "UN Security Council", "UN"] },
    people: ["António Guterres", "Antonio Guterres", "Guterres"],
  },
  {
    id: "eu", name: "European Union", country: null, kind: "international",
    aliases: { fr: ["Union européenne", "UE", "Commission européenne"], en: ["European Union", "EU", "European Commission"] },
    people: ["Josep Borrell", "Borrell", "Kaja Kallas", "Kallas", "Ursula von der Leyen", "von der Leyen"],
  },
  {
    id: "japan", name: "Japanese government", country: "Japan", kind: "government",
    aliases: { fr: ["Japon", "gouvernement japonais", "Tokyo"], en: ["Japan", "Japanese government", "Tokyo"] },
    people: ["Shigeru Ishiba", "Ishiba", "Fumio Kishida", "Kishida"],
  },
  {
    id: "western_governments", name: "Western governments", country: null, kind: "government",
    aliases: {
      fr: ["Occidentaux", "pays occidentaux", "capitales occidentales", "alliés occidentaux", "l'Occident", "responsables occidentaux", "renseignements occidentaux"],
      en: ["Western officials", "Western governments", "the West", "Western allies", "Western countries", "Western intelligence"],
    },
    people: [],
  },
  {
    id: "ukraine_regional", name: "Ukrainian regional authorities", country: "Ukraine", kind: "government",
    aliases: {
      // Only forms that say Ukraine: "regional authorities" alone is any country's (the Generalitat, a Nepali district).
      fr: ["administration militaire régionale", "autorités régionales ukrainiennes", "administration régionale ukrainienne", "gouverneur régional ukrainien"],
      en: ["regional military administration", "Ukrainian regional authorities", "Ukrainian regional administration", "Ukrainian regional governor"],
    },
    people: ["Oleh Syniehubov", "Ivan Fedorov", "Vadym Filashkin", "Serhiy Lysak"],
  },
  { id: "afp", name: "Agence France-Presse (AFP)", country: "France", kind: "media", aliases: { fr: ["AFP", "Agence France-Presse"], en: ["AFP", "Agence France-Presse"] }, people: [] },
  { id: "reuters", name: "Reuters", country: "United Kingdom", kind: "media", aliases: { fr: ["Reuters"], en: ["Reuters"] }, people: [] },
  { id: "yonhap", name: "Yonhap news agency", country: "South Korea", kind: "media", aliases: { fr: ["Yonhap", "agence Yonhap"], en: ["Yonhap", "Yonhap news agency"] }, people: [] },
];

const BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

export function agencyById(id: string): Agency | undefined {
  return BY_ID.get(id);
}
