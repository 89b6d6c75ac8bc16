import type { LanguageTable } from "./language-table.js";

/** German: the common reporting verbs, and `„…“, so X`. */
export const german: LanguageTable = {
  languages: ["de"],
  verbs: [
    "sagte", "sagt", "sagten", "erklärte", "erklärt", "betonte", "betont",
    "fügte hinzu", "sagte weiter", "teilte mit", "meinte", "meint", "schrieb", "schreibt",
    "warnte", "warnt", "forderte", "fordert", "kritisierte", "kritisiert", "berichtete",
    "berichtet", "antwortete", "ergänzte", "ergänzt", "versicherte", "räumte ein",
  ],
  verbsAfterQuoteOnly: ["so"],
  auxiliaries: ["auch", "zudem", "später", "hat", "habe", "dann", "außerdem"],
  complementizers: ["dass"],
  accordingTo: ["laut", "nach Angaben von", "zufolge"],
  personPronouns: ["er", "sie"],
  groupPronouns: ["sie", "es"],
  abbreviations: ["Dr.", "Prof.", "Hr.", "Fr.", "Nr.", "bzw.", "z.B.", "u.a.", "ca.", "St."],
  dashDialogue: false,
};
