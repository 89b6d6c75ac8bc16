export { article } from "./article.js";
export type { ExampleClaimId } from "./claims.js";
export { claims } from "./claims.js";
export type { ExampleEntityId } from "./entities.js";
export { entities } from "./entities.js";
export type { ExampleQuoteId } from "./quotes.js";
export { quotes } from "./quotes.js";
