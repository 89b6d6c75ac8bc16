import { z } from "zod";
import { isRegisteredLanguageTag } from "./language-tag.js";

/**
 * Characters never allowed in a URL: C0/C1 controls, space and every other
 * whitespace, backslashes (browsers read them as slashes), and the invisible
 * format characters used to disguise a URL (zero-width and bidi controls).
 * A URL written without them cannot smuggle `java\tscript:` or a hidden host.
 */
const URL_CHAR =
  "[^\\u0000-\\u0020\\u007f-\\u009f\\s\\\\\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff]";
const HOST_START =
  "[^\\u0000-\\u0020\\u007f-\\u009f\\s\\\\\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u206f\\ufeff/?#@]";

/** A string with at least one non-whitespace character. */
export const NON_BLANK_PATTERN: RegExp = /\S/;

/** The shape of an absolute http(s) URL: lower-case scheme, a host, no whitespace, controls or backslashes. */
export const HTTP_URL_PATTERN: RegExp = new RegExp(`^https?://${HOST_START}${URL_CHAR}*$`);

/** The shape of a link target: an absolute http(s) URL or a `mailto:` address. */
export const LINK_URL_PATTERN: RegExp = new RegExp(
  `^(?:https?://${HOST_START}${URL_CHAR}*|mailto:${URL_CHAR}+)$`,
);

/** The shape of a BCP 47 tag: subtags of letters and digits separated by hyphens. */
export const LANGUAGE_TAG_PATTERN: RegExp = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** True when `value` parses as an absolute http(s) URL with a host and no user info. */
export function isHttpUrl(value: string): boolean {
  if (!HTTP_URL_PATTERN.test(value)) return false;
  return checkParsedUrl(value) === undefined;
}

/** True when `value` is an absolute http(s) URL or a `mailto:` URL. */
export function isLinkUrl(value: string): boolean {
  if (!LINK_URL_PATTERN.test(value)) return false;
  return value.startsWith("mailto:") || checkParsedUrl(value) === undefined;
}

/** Why an http(s) URL that has the right shape is still not acceptable, or `undefined`. */
export function checkParsedUrl(value: string): string | undefined {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return "it does not parse as a URL (check the host and any brackets or percent signs)";
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return "it is not an http(s) URL";
  if (url.hostname === "") return "it has no host";
  if (url.username !== "" || url.password !== "")
    return "it carries a user name or password before the host (`https://a@b` goes to b); remove it";
  return undefined;
}

/**
 * True when `value` is a BCP 47 language tag whose every subtag is in the
 * IANA Language Subtag Registry (`en`, `en-GB`, `zh-Hant-TW`; not `english`
 * or `en-UK`).
 */
export function isLanguageTag(value: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(value) && isRegisteredLanguageTag(value);
}

/** @internal The check of {@link TextSchema}; validation reports its failures as `empty_string`. */
export const NON_BLANK_CHECK = z.regex(NON_BLANK_PATTERN);

/** Text a person reads: a string with at least one non-whitespace character. */
export const TextSchema = z.string().check(NON_BLANK_CHECK);

/** An id of an entity, quote or claim: non-blank. */
export const IdSchema = TextSchema;

/**
 * A reference to an entity, quote or claim by id. Only its type is checked
 * here; validation resolves it against the article's registries.
 */
export const RefSchema = z.string();

/** @internal The checks of {@link HttpUrlSchema}; validation reports their failures as `invalid_url`. */
export const HTTP_URL_CHECKS = [
  z.regex(HTTP_URL_PATTERN),
  z.refine<string>((value) => !HTTP_URL_PATTERN.test(value) || checkParsedUrl(value) === undefined),
] as const;

/** An absolute http(s) URL (`url`, `sameAs`, image `url`, blockquote `cite`). */
export const HttpUrlSchema = z.string().check(...HTTP_URL_CHECKS);

/** @internal The checks of {@link LinkUrlSchema}; validation reports their failures as `invalid_url`. */
export const LINK_URL_CHECKS = [
  z.regex(LINK_URL_PATTERN),
  z.refine<string>(
    (value) =>
      !LINK_URL_PATTERN.test(value) ||
      value.startsWith("mailto:") ||
      checkParsedUrl(value) === undefined,
  ),
] as const;

/** A link target: an absolute http(s) URL or a `mailto:` URL. */
export const LinkUrlSchema = z.string().check(...LINK_URL_CHECKS);

/** @internal The checks of {@link LanguageTagSchema}; validation reports their failures as `invalid_language`. */
export const LANGUAGE_TAG_CHECKS = [
  z.regex(LANGUAGE_TAG_PATTERN),
  z.refine<string>((value) => !LANGUAGE_TAG_PATTERN.test(value) || isLanguageTag(value)),
] as const;

/** A registered BCP 47 language tag (`en`, `en-GB`, `zh-Hant-TW`; not `english`). */
export const LanguageTagSchema = z.string().check(...LANGUAGE_TAG_CHECKS);

/** An ISO 8601 date-time with seconds and an offset (`Z` or `±hh:mm`), on a real calendar day. */
export const DateTimeSchema = z.iso.datetime({ offset: true });

/** An ISO 8601 calendar date (`2015-06-29`) or a date-time with offset. */
export const DateOrDateTimeSchema = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * The shape of an ISO 8601 duration as schema.org and Google read it:
 * `P` then days, and `T` then hours, minutes and (decimal) seconds, at least
 * one part (`PT1M33S`, `PT2H`, `P1DT30M`).
 */
export const DURATION_PATTERN: RegExp =
  /^P(?!$)(?:\d+D)?(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?$/;

/** @internal The check of {@link DurationSchema}; validation reports its failures as `invalid_duration`. */
export const DURATION_CHECK = z.regex(DURATION_PATTERN);

/** An ISO 8601 duration (`PT1M33S`): a video's or audio's length. */
export const DurationSchema = z.string().check(DURATION_CHECK);

/** The shape of an anchor (an HTML id): not empty, no whitespace. */
export const ANCHOR_PATTERN: RegExp = /^[^\s]+$/;

/** @internal The check of {@link AnchorSchema}; validation reports its failures as `invalid_anchor`. */
export const ANCHOR_CHECK = z.regex(ANCHOR_PATTERN);

/** A heading's anchor: non-empty, without whitespace (it becomes an HTML `id` and a `#fragment`). */
export const AnchorSchema = z.string().check(ANCHOR_CHECK);
