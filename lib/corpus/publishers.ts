// Outlets the generated articles appear in, with their language and how their
// article addresses look. `url` shapes: "date" /yyyy/mm/dd/slug, "html" /slug_id.html, "news" /news/slug-id.
import type { Lang } from "./types";

export interface Publisher {
  name: string;
  lang: Lang;
  domain: string;
  section: string;
  url: "date" | "html" | "news";
  weight: number;
}

const p = (name: string, lang: Lang, domain: string, section: string, url: Publisher["url"], weight = 1): Publisher => ({
  name, lang, domain, section, url, weight,
});

export const PUBLISHERS: readonly Publisher[] = [
  p("Le Monde", "fr", "www.lemonde.fr", "international", "html", 3),
  p("Le Figaro", "fr", "www.lefigaro.fr", "international", "html", 2),
  p("Libération", "fr", "www.liberation.fr", "international", "date"),
  p("France 24", "fr", "www.france24.com", "fr/europe", "date", 2),
  p("RFI", "fr", "www.rfi.fr", "fr/europe", "date", 2),
  p("franceinfo", "fr", "www.francetvinfo.fr", "monde/europe", "html", 2),
  p("Ouest-France", "fr", "www.ouest-france.fr", "monde", "html"),
  p("Le Parisien", "fr", "www.leparisien.fr", "international", "html"),
  p("20 Minutes", "fr", "www.20minutes.fr", "monde", "html"),
  p("La Croix", "fr", "www.la-croix.com", "monde", "news"),
  p("Les Échos", "fr", "www.lesechos.fr", "monde/europe", "date"),
  p("Courrier international", "fr", "www.courrierinternational.com", "article", "news"),
  p("Euronews FR", "fr", "fr.euronews.com", "my-europe", "date"),
  p("BFMTV", "fr", "www.bfmtv.com", "international", "html", 2),
  p("TF1 Info", "fr", "www.tf1info.fr", "international", "html"),
  p("RTBF", "fr", "www.rtbf.be", "article", "news"),
  p("Le Soir", "fr", "www.lesoir.be", "monde", "news"),
  p("RTS Info", "fr", "www.rts.ch", "info/monde", "html"),
  p("Radio-Canada", "fr", "ici.radio-canada.ca", "nouvelle", "news"),
  p("Le Devoir", "fr", "www.ledevoir.com", "monde/europe", "news"),
  p("La Presse", "fr", "www.lapresse.ca", "international/europe", "date"),
  p("Avion-Chasse.fr", "fr", "www.avion-chasse.fr", "actualites", "news"),
  p("Opex360", "fr", "www.opex360.com", "blog", "date"),
  p("L'Express", "fr", "www.lexpress.fr", "monde/europe", "html"),
  p("Reuters", "en", "www.reuters.com", "world/europe", "news", 3),
  p("Associated Press", "en", "apnews.com", "article", "news", 2),
  p("BBC News", "en", "www.bbc.com", "news/world", "news", 2),
  p("The Guardian", "en", "www.theguardian.com", "world", "date", 2),
  p("The Kyiv Independent", "en", "kyivindependent.com", "news", "news", 2),
  p("Yonhap News Agency", "en", "en.yna.co.kr", "view", "news", 2),
  p("The Korea Herald", "en", "www.koreaherald.com", "article", "news"),
  p("Korea JoongAng Daily", "en", "koreajoongangdaily.joins.com", "news", "date"),
  p("NK News", "en", "www.nknews.org", "2025", "news"),
  p("Al Jazeera", "en", "www.aljazeera.com", "news", "date"),
  p("CNN", "en", "edition.cnn.com", "world", "date"),
  p("DW", "en", "www.dw.com", "en", "news"),
  p("Politico Europe", "en", "www.politico.eu", "article", "news"),
  p("The Telegraph", "en", "www.telegraph.co.uk", "world-news", "date"),
  p("Newsweek", "en", "www.newsweek.com", "world", "news"),
  p("Ukrainska Pravda", "en", "www.pravda.com.ua", "eng/news", "date"),
];

export const PUBLISHERS_BY_LANG: Record<Lang, readonly Publisher[]> = {
  fr: PUBLISHERS.filter((x) => x.lang === "fr"),
  en: PUBLISHERS.filter((x) => x.lang === "en"),
};

function slugify(title: string): string {
  return title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 70)
    .replace(/-+$/g, "");
}

export function articleUrl(pub: Publisher, published: string, title: string, id: number): string {
  const slug = slugify(title) || "article";
  const [y, m, d] = published.split("-");
  switch (pub.url) {
    case "date":
      return `https://${pub.domain}/${pub.section}/${y}/${m}/${d}/${slug}-${id}/`;
    case "html":
      return `https://${pub.domain}/${pub.section}/${slug}_${id}.html`;
    case "news":
      return `https://${pub.domain}/${pub.section}/${slug}-${id}`;
  }
}
