export { jsonLdScript } from "./json-ld-script.js";
export type { JsonLdStringOptions } from "./json-ld-string.js";
export { jsonLdString } from "./json-ld-string.js";
export type { ToJsonLdOptions } from "./options.js";
export { DEFAULT_PAYWALL_SELECTOR } from "./options.js";
export type { Site, SiteImage, SitePublisher, SiteSocial } from "./site.js";
export {
  authorProfileUrl,
  checkSite,
  PUBLISHER_POLICIES,
  SiteConfigError,
  siteBase,
  siteIds,
} from "./site.js";
export { toJsonLd } from "./to-json-ld.js";
export type {
  JsonLdGraph,
  JsonLdNode,
  JsonLdNodeType,
  JsonLdObject,
  JsonLdValue,
} from "./types.js";
