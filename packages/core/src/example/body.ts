import type { Block } from "../model/block.js";
import { m, p, q } from "./builders.js";

/**
 * The body of the example article: the 11 paragraphs after the photo
 * caption, word for word as printed, typos included ("new site", "Itar
 * Tass"). Every name of a registered entity is a mention; every quoted
 * passage and every reported statement is a quote span.
 *
 * @example
 * ```ts
 * import { article } from "@newsdoc/core/example";
 * import { plainText } from "@newsdoc/core/kit";
 * plainText(article.body).split("\n\n").length; // 11
 * ```
 */
export const body: Block[] = [
  p(
    "The ",
    m("defence-ministry", "Russian Ministry of Defence"),
    " has denied ",
    q(
      "q-defence-ministry-denies",
      "reports that it is sending troops to fight in ",
      m("syria", "Syria"),
    ),
    ", state news agency ",
    m("tass", "Itar Tass"),
    " reports, as ",
    m("kremlin", "Kremlin"),
    " spokesperson, ",
    m("peskov", "Dmitry Peskov"),
    " announced that ",
    q(
      "q-peskov-would-consider",
      m("russia", "Russia"),
      " would consider any request from ",
      m("damascus", "Damascus"),
      " to send soldiers",
    ),
    ".",
  ),
  p(
    q(
      "q-peskov-hypothetically",
      '"Until this [happens] however it is difficult to discuss things hypothetically,"',
    ),
    " ",
    m("peskov", "Peskov"),
    " added.",
  ),
  p(
    m("russia", "Russia"),
    " is a known backer of Syrian leader ",
    m("assad", "Bashar al-Assad"),
    " and earlier this month ",
    m("israeli-uk-media", "Israeli and U.K. media"),
    " published evidence purporting to show Russian military intervention in ",
    m("syria", "Syria"),
    " in the form of equipment and troops, sent to assist Syrian soldiers. A ",
    m("white-house-spokesperson", "White House spokesperson"),
    " told press that ",
    q(
      "q-white-house-monitoring",
      "the ",
      m("united-states", "U.S."),
      " was closely monitoring those reports",
    ),
    ".",
  ),
  p(
    "The ",
    m("russian-government", "Russian government"),
    " denied ",
    q("q-government-denies", "the reports"),
    " and insisted that ",
    q(
      "q-government-equipment-only",
      "it is only providing support to ",
      m("syria", "Syria"),
      " in the form of equipment",
    ),
    ". This echoed the words of ",
    m("kremlin", "Kremlin"),
    " spokesman ",
    m("peskov", "Dmitry Peskov"),
    ", who in August said that ",
    q(
      "q-peskov-not-on-agenda",
      "Russian troops' involvement in the Syrian conflict had never been discussed and the issue was not on the agenda",
    ),
    ".",
  ),
  p(
    "Syrian Foreign Minister ",
    m("muallem", "Walid Muallem"),
    " also dismissed ",
    q("q-muallem-dismisses", "accounts of Russian military intervention in ", m("syria", "Syria")),
    " on ",
    m("state-television", "state television"),
    " on Thursday, saying ",
    q("q-muallem-only-syrian-troops", "only Syrian troops are involved in fighting"),
    ". However ",
    m("muallem", "Muallem"),
    " also said that ",
    q("q-muallem-open-to-troops", "the country is open to receiving Russian troops in the future"),
    " ",
    q("q-muallem-if-need-arises", '"if such a need arises."'),
  ),
  p(
    "However, on Friday the Russian new site ",
    m("gazeta", "Gazeta"),
    " published an interview with a man it said was ",
    q(
      "q-gazeta-russian-soldier",
      "a Russian soldier based in ",
      m("russia", "Russia"),
      "'s ",
      m("eastern-military-district", "Eastern military district"),
    ),
    ". Over several interviews with the publication, the man says that ",
    q(
      "q-alexey-stationed-in-syria",
      "he believes he was going to be stationed in ",
      m("syria", "Syria"),
      " alongside other servicemen",
    ),
    ".",
  ),
  p(
    "According to ",
    m("gazeta", "Gazeta"),
    ", the soldier, who is identified only as ",
    m("alexey-n", "Alexey N."),
    ", said that ",
    q(
      "q-alexey-sent-to-novorossiysk",
      "in August he and other servicemen from his district were sent to the port of ",
      m("novorossiysk", "Novorossiysk"),
      " near ",
      m("ukraine", "Ukraine"),
    ),
    ". They initially thought they would be sent to ",
    m("eastern-ukraine", "eastern Ukraine"),
    " but soon found out that they were being prepared for a country with a ",
    q("q-alexey-warm-climate", '"warm"'),
    " climate. The soldiers reportedly asked where they were heading to, but were not told or given any indication of how long they might be away for. ",
    m("alexey-n", "Alexey"),
    " said ",
    q(
      "q-alexey-airbase",
      "they were eventually told about the need to strengthen an unspecified airbase in ",
      m("syria", "Syria"),
    ),
    ", although it's not clear if he was specifically told he would be sent there. ",
    m("newsweek", "Newsweek"),
    " could not independently verify ",
    q("q-newsweek-cannot-verify", "the veracity of the interviews"),
    ".",
  ),
  p(
    "Shortly after the interview was published, ",
    m("russia", "Russia"),
    "'s ",
    m("eastern-military-district", "Eastern Military District"),
    " denied that ",
    q(
      "q-eastern-military-district-denies",
      "Russian servicemen from the district were being prepared to be stationed in ",
      m("syria", "Syria"),
    ),
    ", in an apparent response to the ",
    m("gazeta", "Gazeta"),
    " article.",
  ),
  p(
    q(
      "q-defence-spokesperson-astounded",
      '"The ',
      m("eastern-military-district", "Eastern Military District"),
      " is astounded by the attempts of correspondents of online publications to conflate the daily activities of servicemen to events in the ",
      m("middle-east", "Middle East"),
      ',"',
    ),
    " a ",
    m("defence-ministry-spokesperson", "spokesperson for the Ministry of Defence"),
    " told ",
    m("tass", "Tass"),
    ". ",
    q(
      "q-defence-spokesperson-movement",
      '"The movement of military units attached to the military district as part of military training are carried out in an organised manner entirely within the ',
      m("eastern-military-district", "Eastern Military District"),
      ' itself."',
    ),
  ),
  p(
    m("united-states", "U.S."),
    " secretary of state ",
    m("kerry", "John Kerry"),
    " said on Friday that ",
    q(
      "q-kerry-talks",
      "he believed talks with ",
      m("russia", "Russia"),
      " about ",
      m("syria", "Syria"),
      " would take place",
    ),
    " ",
    q("q-kerry-very-shortly", '"very shortly."'),
  ),
  p(
    q("q-kerry-common-ground", `"We're looking for ways in which to find a common ground,"`),
    " ",
    m("kerry", "Kerry"),
    " said.",
  ),
];
