import { wikinewsArticle } from "./wikinews-article.js";

/**
 * Source: Wikinews, "Audio Wikinews Brief for October 21, 2008", item
 * "Spanish prime minister speaks on economic crisis",
 * https://en.wikinews.org/wiki/Wikinews:Audio_Wikinews/Issues/News_in_Brief/2008-10-21
 * (recorded by kamnet; text by Wikinews contributors), 2008-10-21.
 * Licence: Creative Commons Attribution 2.5 (CC BY 2.5), Wikinews' licence.
 * Retrieved through the search tool's stored copy of the page, which ends
 * mid-sentence: the eval uses the item's text up to the last complete
 * sentence before the cut, unchanged (including its typos and the space
 * after the first opening quotation mark).
 *
 * The answer (mentions, quote spans, speakers, modes) was marked by hand.
 */
export const wikinewsZapatero = wikinewsArticle({
  name: "Wikinews: Spanish prime minister speaks on economic crisis (2008)",
  id: "wikinews-zapatero",
  headline: "Spanish prime minister speaks on economic crisis",
  url: "https://en.wikinews.org/wiki/Wikinews:Audio_Wikinews/Issues/News_in_Brief/2008-10-21",
  source:
    "Wikinews, Audio Wikinews Brief for October 21, 2008 (Wikinews contributors; recorded by kamnet), CC BY 2.5",
  entities: [
    {
      id: "zapatero",
      type: "Person",
      name: "Jose Luis Rodriguez Zapatero",
      alternateNames: ["Zapatero"],
    },
    { id: "publico", type: "Organization", name: "Público", description: "A Spanish newspaper." },
    { id: "spain", type: "Place", name: "Spain" },
    { id: "ecb", type: "Organization", name: "European Central Bank" },
  ],
  paragraphs: [
    'In an interview with [[publico|Público]], a Spanish newspaper, the prime minister of [[spain|Spain]], [[zapatero|Jose Luis Rodriguez Zapatero]], has stated that {{zapatero|partial|" if there is a global recession, it seems logical to expect that [[spain|Spain]] will enter the recession in 2009."}} In the interview [[zapatero|Zapatero]] also described the worldwide economic situation as {{zapatero|partial|"difficult."}} He recognized that {{zapatero|partial|"the developed countries are or are going to experience negative growth, and developing countries are also going to see falling growth; resulting in a worldwide loss of jobs."}} Regarding the global financial situation, [[zapatero|Zapatero]] continued by saying that {{zapatero|partial|"the financial system is a part of the economy, a crucial part. We have a year-long financial crisis, which has had its most acute moment in the past two months, and I think now the financial markets are beginning to recover."}} Asked about whether it would be desirable to another plan to help those overwhelmed by the size of their mortgage, [[zapatero|Zapatero]] reiterated the falls in the Euro Interbank Offered Rate. [[zapatero|Zapatero]] then claimed that the average Spanish citizen would see their mortgage decrease by €28 a month (€330 per year) as result of the recent drops in interest rate, lead by seven central banks, including the [[ecb|European Central Bank]] which covers [[spain|Spain]], dropped their interest rate by 0.5%.',
  ],
});
