import { extractClaims } from "../lib/extract";
const cases: [string, "fr" | "en"][] = [
  ["Le nombre de manifestants a été estimé à 3 000 par la police.", "fr"],
  ["La foule a été évaluée à 12 000 personnes par la préfecture.", "fr"],
  ["Le cortège parisien a été chiffré à 45 000 manifestants par la CGT.", "fr"],
  ["The crowd was estimated at 50,000 by the police.", "en"],
  ["The death toll was put at 45 by the health ministry.", "en"],
  ["Le bilan a été porté à 45 morts par le ministère de la Santé.", "fr"],
  ["Le bilan, porté à 45 morts par le ministère de la Santé, devrait encore s'alourdir.", "fr"],
  ["The toll was raised to 45 by the health ministry on Monday.", "en"],
];
for (const [text, language] of cases) {
  const claims = extractClaims({ text, language, published: "2024-11-04" } as any) as any[];
  console.log(claims.map((c) => `${c.value?.best ?? c.value?.low ?? "-"} ← ${c.source?.name ?? "(none)"}`).join(" | ") || "(no claim)", "  ::", text.slice(0, 80));
}
