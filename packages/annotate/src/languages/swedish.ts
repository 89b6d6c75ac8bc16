import type { LanguageTable } from "./language-table.js";

/** Swedish: the common reporting verbs and the dash-led dialogue line of Nordic agencies. */
export const swedish: LanguageTable = {
  languages: ["sv"],
  verbs: [
    "säger", "sa", "sade", "berättar", "berättade", "skriver", "skrev", "menar", "menade",
    "uppger", "uppgav", "förklarar", "förklarade", "konstaterar", "konstaterade",
    "tillägger", "tillade", "svarar", "svarade", "betonar", "betonade", "framhåller",
  ],
  auxiliaries: ["också", "även", "senare", "har", "hade", "då"],
  complementizers: ["att"],
  accordingTo: ["enligt"],
  personPronouns: ["han", "hon"],
  groupPronouns: ["de", "den", "det"],
  abbreviations: ["bl.a.", "t.ex.", "dvs.", "ca.", "s.k.", "m.m.", "nr."],
  dashDialogue: true,
};
