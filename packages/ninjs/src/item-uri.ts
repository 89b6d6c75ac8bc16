// RFC 3986 characters allowed in a path, query or fragment (pchar, "/", "?").
const URI_CHAR = /[A-Za-z0-9\-._~!$&'()*+,;=:@/?]/;
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The uri newsdoc gives an article that has none: `urn:newsdoc:<id, percent-encoded>`. */
export function defaultItemUri(articleId: string): string {
  return `urn:newsdoc:${encodeURIComponent(articleId)}`;
}

/** The article id a uri written by {@link defaultItemUri} stands for, or `undefined`. */
export function articleIdFromUri(uri: string): string | undefined {
  if (!uri.startsWith("urn:newsdoc:")) return undefined;
  try {
    const id = decodeURIComponent(uri.slice("urn:newsdoc:".length));
    return /\S/.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
}

function encodeRest(rest: string): string {
  let out = "";
  let fragment = false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i] as string;
    if (ch === "%" && /^[0-9A-Fa-f]{2}$/.test(rest.slice(i + 1, i + 3))) out += ch;
    else if (ch === "#" && !fragment) {
      fragment = true;
      out += ch;
    } else if (URI_CHAR.test(ch)) out += ch;
    else {
      const cp = rest.codePointAt(i) as number;
      const char = String.fromCodePoint(cp);
      if (char.length === 2) i++;
      out += encodeURIComponent(char);
    }
  }
  return out;
}

/**
 * An http(s) URL written as an RFC 3986 URI, what ninjs's `uri` format
 * asks for: a host that is not plain ASCII as the URL standard writes it
 * (punycode), and every character after it that a URI cannot hold
 * percent-encoded (`|`, `^`, non-ASCII, a second `#`). Everything a URI
 * can hold is left as written, so a plain URL comes back unchanged.
 */
export function httpUrlAsUri(url: string): string {
  const match = /^(https?:\/\/)([^/?#]*)([\s\S]*)$/.exec(url);
  if (!match) return url;
  const [, scheme, authority = "", rest = ""] = match;
  const host = /^[A-Za-z0-9\-._~!$&'()*+,;=:@[\]%]*$/.test(authority)
    ? authority
    : new URL(url).host;
  return `${scheme}${host}${encodeRest(rest)}`;
}

/** True when `value` is an absolute URI: a scheme, then only characters RFC 3986 allows. */
export function isAbsoluteUri(value: string): boolean {
  const scheme = SCHEME.exec(value);
  if (!scheme) return false;
  const rest = value.slice(scheme[0].length);
  return rest === encodeRest(rest) && !/[[\]]/.test(rest);
}
