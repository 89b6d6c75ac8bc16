import fc from "fast-check";

/**
 * The scheme a browser would use for a URL attribute value (already
 * entity-decoded, as an HTML parser hands it over), lower-cased, or
 * `undefined` for a relative URL. Follows the WHATWG URL parser: leading
 * and trailing C0 controls and spaces are ignored, tabs and newlines
 * anywhere are removed, and a scheme is a letter followed by letters,
 * digits, `+`, `-` or `.` up to the first `:`.
 *
 * @example
 * ```ts
 * urlScheme(" java\tscript:alert(1)"); // "javascript"
 * urlScheme("/path?q=1");              // undefined
 * ```
 */
export function urlScheme(value: string): string | undefined {
  const cleaned = value
    .replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "")
    .replace(/[\t\n\r]/g, "");
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned);
  return match ? match[1]!.toLowerCase() : undefined;
}

/**
 * The URL policy every renderer enforces on `href`, `src` and `cite`: the
 * value is http(s), mailto, or relative (no scheme at all).
 *
 * @example
 * ```ts
 * isSafeUrl("https://example.com/");     // true
 * isSafeUrl("JaVa&#x09;Script:alert(1)") // true: not decoded, so it is a relative path
 * isSafeUrl("JaVa\tScript:alert(1)");    // false
 * ```
 */
export function isSafeUrl(value: string): boolean {
  const scheme = urlScheme(value);
  return scheme === undefined || scheme === "http" || scheme === "https" || scheme === "mailto";
}

const hosts = fc.constantFrom(
  "example.com",
  "news.example.org",
  "xn--e1afmkfd.xn--p1ai",
  "127.0.0.1",
  "example.com:8080",
  "a-b.example.net",
);
// RFC 3986 path characters: unreserved, sub-delims (incl. & ' ( ) * + , ; =), : and @.
const pathChar = fc.constantFrom(
  ..."abcxyzABC019-._~!$&'()*+,;=:@",
  "%20",
  "%22",
  "%3C",
  "%3E",
  "%25",
  "%E2%80%A8",
  "%D0%BC",
);
const segment = fc.array(pathChar, { maxLength: 8 }).map((chars) => chars.join(""));
const queryOrFragment = fc
  .array(fc.oneof(pathChar, fc.constantFrom("/", "?")), { maxLength: 10 })
  .map((chars) => chars.join(""));

/**
 * Absolute http(s) URLs that a valid article may hold, with every
 * character RFC 3986 allows in paths, queries and fragments (`&`, `'`,
 * `(`, `)`, `*`, `;`, `=`, percent escapes), lower-case scheme.
 */
export function httpUrl(): fc.Arbitrary<string> {
  return fc
    .record({
      scheme: fc.constantFrom("http", "https"),
      host: hosts,
      path: fc.array(segment, { maxLength: 4 }),
      query: fc.option(queryOrFragment, { nil: undefined }),
      fragment: fc.option(queryOrFragment, { nil: undefined }),
    })
    .map(({ scheme, host, path, query, fragment }) => {
      let url = `${scheme}://${host}/${path.join("/")}`;
      if (query !== undefined) url += `?${query}`;
      if (fragment !== undefined) url += `#${fragment}`;
      return url;
    });
}

/** `mailto:` URLs, with and without headers. */
export function mailtoUrl(): fc.Arbitrary<string> {
  return fc
    .record({
      user: fc.constantFrom("desk", "a.b+news", "o'brien", "x_y"),
      host: fc.constantFrom("example.com", "news.example.org"),
      query: fc.option(queryOrFragment, { nil: undefined }),
    })
    .map(({ user, host, query }) => `mailto:${user}@${host}${query ? `?${query}` : ""}`);
}

/** Relative URLs: paths, `..`, queries, fragments, protocol-relative. Safe in HTML, never valid in an article. */
export function relativeUrl(): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.constantFrom(
        "/",
        "./",
        "../",
        "page/",
        "//example.com/",
        "#",
        "?",
        "javascript%3A",
        "1javascript:",
      ),
      segment,
    )
    .map(([prefix, rest]) => `${prefix}${rest}`);
}

/** Schemes that are never allowed: script schemes and everything else that is not http(s) or mailto. */
export const UNSAFE_SCHEMES = [
  "javascript",
  "vbscript",
  "data",
  "livescript",
  "jscript",
  "file",
  "blob",
  "ftp",
  "about",
] as const;

const payloads = fc.constantFrom(
  "alert(1)",
  "alert(document.cookie)",
  "//%0aalert(1)",
  "msgbox(1)",
  "text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
  "text/html,<script>alert(1)</script>",
  "image/svg+xml,<svg onload=alert(1)>",
  "void(0)",
  "//example.com/x",
);
// Characters a browser strips before reading the scheme: leading C0 controls
// and spaces, and tabs/newlines anywhere.
const strippedAnywhere = fc.constantFrom("\t", "\n", "\r");
const strippedLeading = fc.constantFrom(
  " ",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u001f",
  "\t",
  "\n",
  "\r",
);

/**
 * URLs whose scheme (as a browser reads it) is not http(s) or mailto:
 * `javascript:`, `vbscript:`, `data:` and friends, obfuscated by random
 * case, leading controls and spaces, and tabs or newlines inside the
 * scheme. {@link isSafeUrl} is false for every one; the validator must
 * reject every one.
 */
export function unsafeUrl(): fc.Arbitrary<string> {
  return fc
    .record({
      scheme: fc.constantFrom(...UNSAFE_SCHEMES),
      upper: fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      inserts: fc.array(fc.tuple(fc.nat(), strippedAnywhere), { maxLength: 3 }),
      leading: fc.array(strippedLeading, { maxLength: 3 }),
      colonSpace: fc.constantFrom("", "", " ", "\t"),
      payload: payloads,
    })
    .map(({ scheme, upper, inserts, leading, colonSpace, payload }) => {
      const chars = [...scheme].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c));
      for (const [at, ch] of inserts) chars.splice(1 + (at % chars.length), 0, ch);
      return `${leading.join("")}${chars.join("")}:${colonSpace}${payload}`;
    });
}

/**
 * Strings that look like script URLs but are not, once a browser reads
 * them: entity- and percent-encoded schemes. Text in the model (the
 * renderer escapes `&`), relative URLs in HTML; the validator rejects them
 * in URL fields because they are not absolute http(s).
 */
export function encodedUrl(): fc.Arbitrary<string> {
  return fc.constantFrom(
    "javascript&colon;alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
    "&#0000106&#0000097vascript:alert(1)",
    "java&Tab;script:alert(1)",
    "java&NewLine;script:alert(1)",
    "javascript%3Aalert(1)",
    "%6Aavascript:alert(1)",
    "jav%09ascript:alert(1)",
    "\\u006aavascript:alert(1)",
  );
}

/**
 * Everything a URL field may be handed: unsafe and encoded script URLs,
 * and valid http(s), mailto and relative URLs.
 */
export function hostileUrl(): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: unsafeUrl(), weight: 5 },
    { arbitrary: encodedUrl(), weight: 2 },
    { arbitrary: httpUrl(), weight: 3 },
    { arbitrary: mailtoUrl(), weight: 1 },
    { arbitrary: relativeUrl(), weight: 1 },
  );
}
