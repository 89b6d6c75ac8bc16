import { wikinewsArticle } from "./wikinews-article.js";

/**
 * Source: Wikinews, the audio Wikinews brief for Wednesday, April 14, 2010
 * ("From Wikinews, the free news source, this is the audio Wikinews brief
 * for Wednesday, April 14th, 2010. I’m Dan Harlow …"), first item (the
 * Yushu earthquake); Wikinews contributors, read by Dan Harlow, 2010-04-14.
 * Licence: Creative Commons Attribution 2.5 (CC BY 2.5), Wikinews' licence.
 * Retrieved through the search tool's stored copy of a page that reposts
 * the brief, http://sanhesw.com/2020/07/page/3 — not from en.wikinews.org
 * itself, so the wording is the repost's (curly quotation marks and
 * apostrophes as it prints them).
 *
 * The answer (mentions, quote spans, speakers, modes) was marked by hand.
 */
export const wikinewsYushu = wikinewsArticle({
  name: "Wikinews: Yushu earthquake brief (2010)",
  id: "wikinews-yushu",
  headline: "Earthquake in Yushu county, Qinghai",
  url: "http://sanhesw.com/2020/07/page/3",
  source:
    "Wikinews audio brief of 2010-04-14 (Wikinews contributors, read by Dan Harlow), CC BY 2.5, as reposted at sanhesw.com",
  entities: [
    { id: "yushu", type: "Place", name: "Yushu county", alternateNames: ["Yushu"] },
    { id: "qinghai", type: "Place", name: "Qinghai province" },
    { id: "china", type: "Place", name: "China" },
    { id: "usgs", type: "Organization", name: "USGS" },
    { id: "qamdo", type: "Place", name: "Qamdo" },
    { id: "xizang", type: "Place", name: "Xizang" },
    { id: "cenc", type: "Organization", name: "China Earthquake Networks Centers" },
    {
      id: "yushu-tv-head",
      type: "Person",
      anonymous: true,
      name: "head of news for the Yushu county television station",
      description: "The head of news of Yushu county's television station, a witness to the quake.",
    },
    { id: "cctv", type: "Organization", name: "CCTV", description: "The state broadcaster." },
    { id: "jiegu", type: "Place", name: "Jiegu" },
    { id: "huang-limin", type: "Person", name: "Huang Limin", jobTitle: "local official" },
    { id: "xinhua", type: "Organization", name: "Xinhua", description: "Chinese news service." },
    { id: "bbc", type: "Organization", name: "BBC" },
    { id: "sichuan", type: "Place", name: "Sichuan" },
  ],
  paragraphs: [
    "At least 400 people have been killed and a further 10,000 injured after a magnitude 6.9 earthquake and its aftershocks struck the remote and mountainous [[yushu|Yushu county]] in the south of [[qinghai|Qinghai province]] in western [[china|China]].",
    "The [[usgs|USGS]] has reported that the tremors started at 07.49 local time and that the epicenter was located 240 kilometers north-northwest of [[qamdo|Qamdo]], [[xizang|Xizang]] at a depth of ten kilometers. However the [[cenc|China Earthquake Networks Centers]] estimations conflicted with the [[usgs|USGS]] statistics, putting the earthquake’s magnitude at 7.1.",
    "The [[yushu-tv-head|head of news for the Yushu county television station]], who was a witness to the quake, spoke to the state broadcaster [[cctv|CCTV]] about the incident, saying {{yushu-tv-head|direct|“In a flash, the houses went down. It was a terrible earthquake. In a small park, there is a Buddhist tower and the top of the tower fell off.”}}",
    "An official commented that around 85% of the buildings in the town of [[jiegu|Jiegu]], located close to the quake’s epicentre, were destroyed, and local official, [[huang-limin|Huang Limin]] was quoted by the Chinese [[xinhua|Xinhua]] news service as saying: {{huang-limin|direct|“Soldiers have been dispatched to save the people buried in the collapsed houses.”}} Authorities have ordered supplies to be moved to the area, but [[yushu|Yushu]] is hundreds of miles away from any airport, according to the [[bbc|BBC]].",
    "The plateau where the earthquake hit is frequently visited by tremors; though casualties are rare due to its remoteness and small population. However, in May of 2008 an 8.0 magnitude earthquake struck near the [[sichuan|Sichuan]] foothills, killing an estimated 80,000 people.",
  ],
});
