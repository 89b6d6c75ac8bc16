import { checkFormatDateOption, checkMentionsOption } from "@newsdoc/core/kit";
import type { MarkdownOptions } from "./options.js";

/**
 * Throws a `TypeError` that names the option, what it got and what it
 * takes, for options a JavaScript caller (or a config file) got wrong;
 * TypeScript callers are stopped at compile time.
 */
export function checkMarkdownOptions(options: Readonly<MarkdownOptions>): void {
  checkMentionsOption(options.mentions);
  if (typeof options.frontMatter !== "boolean") {
    throw new TypeError(
      `options.frontMatter must be true or false, got ${JSON.stringify(options.frontMatter)}.`,
    );
  }
  if (
    options.appendix !== false &&
    options.appendix !== "quotes" &&
    options.appendix !== "claims"
  ) {
    throw new TypeError(
      `options.appendix must be "quotes", "claims" or false, got ${JSON.stringify(options.appendix)}.`,
    );
  }
  checkFormatDateOption(options.formatDate);
}
