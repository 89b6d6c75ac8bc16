import { wikinewsArticle } from "./wikinews-article.js";

/**
 * Source: an English Wikinews article on NHS Scotland salaries (Wikinews
 * contributors, 2010; the stored copy gives no title line or date), as held
 * in the izumi-lab/wikinews-en-20230728 dump of English Wikinews,
 * https://huggingface.co/datasets/izumi-lab/wikinews-en-20230728/viewer/default/train?p=2
 * Licence: Creative Commons Attribution 2.5 (CC BY 2.5), Wikinews' licence.
 * Retrieved through the search tool's stored copy of that page. Left out:
 * the pull-quote credit glued to the first sentence ("—Jackie Baillie,
 * Scottish Labour Party") and the Wikinews footer. The text is otherwise
 * unchanged, mixed quotation marks included (“…" and doesn’t inside "…").
 *
 * The answer (mentions, quote spans, speakers, modes) was marked by hand.
 */
export const wikinewsNhsScotland = wikinewsArticle({
  name: "Wikinews: NHS Scotland salaries (2010)",
  id: "wikinews-nhs-scotland",
  headline: "Over 800 NHS Scotland staff earn more than the First Minister",
  url: "https://huggingface.co/datasets/izumi-lab/wikinews-en-20230728/viewer/default/train?p=2",
  source:
    "English Wikinews (Wikinews contributors, 2010) via the izumi-lab/wikinews-en-20230728 dump, CC BY 2.5",
  entities: [
    { id: "nhs", type: "Organization", name: "National Health Service", alternateNames: ["NHS"] },
    { id: "scotland", type: "Place", name: "Scotland" },
    { id: "salmond", type: "Person", name: "Alex Salmond", jobTitle: "First Minister" },
    { id: "nhs-ggc", type: "Organization", name: "NHS Greater Glasgow and Clyde" },
    {
      id: "baillie",
      type: "Person",
      name: "Jackie Baillie",
      jobTitle: "health spokeswoman for the Labour Party",
    },
    { id: "labour", type: "Organization", name: "Labour Party" },
    { id: "britain", type: "Place", name: "Britain" },
    { id: "unison", type: "Organization", name: "Unison" },
    {
      id: "unison-spokesperson",
      type: "Person",
      name: "spokesperson",
      anonymous: true,
      description: "An unnamed spokesperson for Unison.",
      affiliation: "unison",
    },
  ],
  paragraphs: [
    "Over 800 [[nhs|National Health Service]] staff in [[scotland|Scotland]] are earning more than £140,000 each year—more than First Minister [[salmond|Alex Salmond]]. New figures also reveal that 3,000 [[nhs|NHS]] workers are earning over £100,000. One [[nhs|NHS]] board alone, [[nhs-ggc|NHS Greater Glasgow and Clyde]], employs 893 staff earning more than £100,000, and 181 being paid over £140,000.",
    '[[baillie|Jackie Baillie]], health spokeswoman for the [[labour|Labour Party]], which uncovered the figures, said they were {{baillie|partial|"astonishing"}}, and urged health boards to examine if savings can be made by reducing salaries of top earners. {{baillie|direct|"This is a far better option than cutting frontline staff like nurses and midwives. In tough financial times we need to make sure that our focus is on patient care and every penny is spent in the most efficient way."}} She further said: {{baillie|direct|“In the current economic climate, it is impossible to justify huge salaries for consultants and senior executives when health boards are planning 4000 job losses this year, including 1500 nurses and midwives."}}',
    '[[britain|Britain]]\'s largest health service industrial union, [[unison|Unison]], questioned the amount of money the [[nhs|NHS]] was paying. A [[unison-spokesperson|spokesperson]] said: {{unison-spokesperson|direct|"[[unison|Unison]] doesn’t begrudge anybody the rate of pay for the job but obviously our membership will be concerned that while they are to face a pay freeze and people delivering frontline services are losing their jobs, there is a cohort of folk who appear to earn more than the most senior politician in the land."}}',
  ],
});
