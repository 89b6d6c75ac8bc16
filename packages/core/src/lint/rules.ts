import { entityNoSameAs } from "./entity-no-same-as.js";
import { entityUnreferenced } from "./entity-unreferenced.js";
import { headlineTooLong } from "./headline-too-long.js";
import { imageMissingDimensions } from "./image-missing-dimensions.js";
import { imageMissingUrl } from "./image-missing-url.js";
import { imageTooSmall } from "./image-too-small.js";
import type { LintRule } from "./lint-rule.js";
import { missingAuthors } from "./missing-authors.js";
import { missingDatePublished } from "./missing-date-published.js";
import { missingDescription } from "./missing-description.js";
import { missingImage } from "./missing-image.js";
import { missingUrl } from "./missing-url.js";
import { pullQuoteNotInBody } from "./pull-quote-not-in-body.js";
import { speakerNotMentioned } from "./speaker-not-mentioned.js";
import { tableWithoutHeaders } from "./table-without-headers.js";
import { urlTrackingParams } from "./url-tracking-params.js";
import { videoMissingRequired } from "./video-missing-required.js";

/** Every lint rule, in the order they run and report. */
export const LINT_RULES: readonly LintRule[] = [
  missingUrl,
  urlTrackingParams,
  missingDatePublished,
  missingAuthors,
  headlineTooLong,
  missingDescription,
  missingImage,
  imageMissingUrl,
  imageMissingDimensions,
  imageTooSmall,
  entityNoSameAs,
  entityUnreferenced,
  speakerNotMentioned,
  pullQuoteNotInBody,
  videoMissingRequired,
  tableWithoutHeaders,
];
