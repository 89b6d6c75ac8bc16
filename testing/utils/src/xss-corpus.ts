/** One known attack string and what it tries. */
export interface XssVector {
  /** A short name for reports: "script tag, upper case". */
  label: string;
  /** The string, exactly as an attacker would submit it. */
  payload: string;
  /**
   * `url`: an unsafe URL (its scheme, as a browser reads it, is not http(s)
   * or mailto); the validator must reject it in every URL field.
   * `markup`: anything else; it must come out as text, wherever it is put.
   */
  kind: "markup" | "url";
}

const markup = (label: string, payload: string): XssVector => ({ label, payload, kind: "markup" });
const url = (label: string, payload: string): XssVector => ({ label, payload, kind: "url" });

const SCRIPT_TAGS: XssVector[] = [
  markup("script tag", "<script>alert(1)</script>"),
  markup("script tag, upper case", "<SCRIPT>alert(1)</SCRIPT>"),
  markup("script tag, mixed case", "<ScRiPt>alert(1)</sCrIpT>"),
  markup("script tag with src", '<script src="https://evil.example/x.js"></script>'),
  markup("script tag, no quotes src", "<script src=//evil.example/x.js></script>"),
  markup("script tag, slash separator", "<script/src=data:,alert(1)></script>"),
  markup("script tag, tab in tag", "<script\t>alert(1)</script\t>"),
  markup("script tag, newline in tag", "<script\n>alert(1)</script\n>"),
  markup("script tag, unclosed", "<script>alert(1)"),
  markup("script tag, nested to survive stripping", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
  markup("script tag, entity-encoded", "&lt;script&gt;alert(1)&lt;/script&gt;"),
  markup("script tag, decimal entities", "&#60;script&#62;alert(1)&#60;/script&#62;"),
  markup("script tag, hex entities", "&#x3c;script&#x3e;alert(1)&#x3c;/script&#x3e;"),
  markup("script tag, padded entities", "&#0000060script&#0000062alert(1)"),
  markup("script tag, percent-encoded", "%3Cscript%3Ealert(1)%3C/script%3E"),
  markup("script tag, JS unicode escapes", "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"),
  markup("script tag, fullwidth brackets", "＜script＞alert(1)＜/script＞"),
  markup("script close then open", "</script><script>alert(1)</script>"),
  markup("script close, comment open", "</script><!--<script>"),
  markup("script close with spaces", "</script ><script>alert(1)</script >"),
  markup("script close, upper case", "</SCRIPT><script>alert(1)</script>"),
  markup("comment open in script data", "<!--<script>"),
  markup("JSON string breaker", '"}]}</script><script>alert(1)</script>'),
  markup("JSON-LD breaker with U+2028", "\u2028\u2029</script>"),
  markup("JSON escape trick", '\\"}</script><script>alert(1)//'),
];

const EVENT_HANDLERS: XssVector[] = [
  markup("img onerror", "<img src=x onerror=alert(1)>"),
  markup("img onerror, quoted", '<img src="x" onerror="alert(1)">'),
  markup("img onerror, upper case", "<IMG SRC=x ONERROR=alert(1)>"),
  markup("img onerror, slash separator", "<img/src=x/onerror=alert(1)>"),
  markup("img onerror, backtick", "<img src=`x` onerror=alert(1)>"),
  markup("body onload", "<body onload=alert(1)>"),
  markup("svg onload", "<svg onload=alert(1)>"),
  markup("svg onload, slash", "<svg/onload=alert(1)>"),
  markup("details ontoggle", "<details open ontoggle=alert(1)>"),
  markup("input autofocus onfocus", "<input autofocus onfocus=alert(1)>"),
  markup("video source onerror", "<video><source onerror=alert(1)></video>"),
  markup("audio src onerror", "<audio src=x onerror=alert(1)>"),
  markup("marquee onstart", "<marquee onstart=alert(1)>x</marquee>"),
  markup("div onmouseover", '<div onmouseover="alert(1)">hover</div>'),
  markup("iframe onload", "<iframe onload=alert(1)></iframe>"),
  markup("select onfocus", "<select autofocus onfocus=alert(1)>"),
  markup("textarea onfocus", "<textarea autofocus onfocus=alert(1)>"),
  markup("keygen onfocus", "<keygen autofocus onfocus=alert(1)>"),
  markup("object onerror", "<object data=x onerror=alert(1)>"),
  markup("style onload", "<style onload=alert(1)></style>"),
  markup(
    "animation event",
    "<style>@keyframes x{}</style><p style=animation-name:x onanimationstart=alert(1)>",
  ),
  markup("form onsubmit", "<form onsubmit=alert(1)><button>x</button></form>"),
];

const URLS: XssVector[] = [
  url("javascript URL", "javascript:alert(1)"),
  url("javascript URL, upper case", "JAVASCRIPT:alert(1)"),
  url("javascript URL, mixed case", "JaVaScRiPt:alert(1)"),
  url("javascript URL, leading space", " javascript:alert(1)"),
  url("javascript URL, leading NUL", "\u0000javascript:alert(1)"),
  url("javascript URL, leading control", "\u0001\u0002javascript:alert(1)"),
  url("javascript URL, tab inside", "java\tscript:alert(1)"),
  url("javascript URL, newline inside", "java\nscript:alert(1)"),
  url("javascript URL, CR inside", "java\rscript:alert(1)"),
  url("javascript URL, trailing spaces", "javascript:alert(1)  "),
  url("javascript URL, comment payload", "javascript://%0aalert(1)"),
  url("javascript URL, void", "javascript:void(0)"),
  url("javascript URL, space after colon", "javascript: alert(1)"),
  url("vbscript URL", "vbscript:msgbox(1)"),
  url("vbscript URL, upper case", "VBSCRIPT:msgbox(1)"),
  url("vbscript URL, tab inside", "vb\tscript:msgbox(1)"),
  url("data URL, HTML", "data:text/html,<script>alert(1)</script>"),
  url("data URL, base64 HTML", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
  url("data URL, SVG", "data:image/svg+xml,<svg onload=alert(1)>"),
  url("data URL, upper case", "DATA:text/html,<script>alert(1)</script>"),
  url("data URL, leading space", "  data:text/html,x"),
  url("livescript URL", "livescript:alert(1)"),
  url("file URL", "file:///etc/passwd"),
  url("blob URL", "blob:https://example.com/uuid"),
  url("ftp URL", "ftp://example.com/x"),
  url("about URL", "about:blank"),
  markup("javascript URL, entity-encoded scheme", "&#106;avascript:alert(1)"),
  markup(
    "javascript URL, hex entities",
    "&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)",
  ),
  markup("javascript URL, &colon;", "javascript&colon;alert(1)"),
  markup("javascript URL, &Tab;", "java&Tab;script:alert(1)"),
  markup("javascript URL, &NewLine;", "java&NewLine;script:alert(1)"),
  markup("javascript URL, percent-encoded colon", "javascript%3Aalert(1)"),
  markup("javascript URL, percent-encoded letter", "%6Aavascript:alert(1)"),
  markup("javascript URL, padded decimal entities", "&#0000106&#0000097vascript:alert(1)"),
];

const LINK_MARKUP: XssVector[] = [
  markup("anchor with javascript href", '<a href="javascript:alert(1)">click</a>'),
  markup("anchor with entity-obfuscated href", '<a href="&#106;avascript:alert(1)">x</a>'),
  markup("anchor with tab-obfuscated href", '<a href="jav&#x09;ascript:alert(1)">x</a>'),
  markup("anchor with data href", '<a href="data:text/html,<script>alert(1)</script>">x</a>'),
  markup("iframe javascript src", "<iframe src=javascript:alert(1)></iframe>"),
  markup("iframe srcdoc", '<iframe srcdoc="&lt;script&gt;alert(1)&lt;/script&gt;"></iframe>'),
  markup("form action", '<form action="javascript:alert(1)"><input type=submit></form>'),
  markup("button formaction", "<button formaction=javascript:alert(1)>x</button>"),
  markup("object data", '<object data="javascript:alert(1)"></object>'),
  markup("embed src", '<embed src="javascript:alert(1)">'),
  markup("base href", '<base href="javascript:alert(1)//">'),
  markup("meta refresh", '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'),
  markup("link import", '<link rel="import" href="data:text/html,<script>alert(1)</script>">'),
  markup("Markdown javascript link", "[click](javascript:alert(1))"),
  markup("Markdown link, entity scheme", "[click](&#106;avascript:alert(1))"),
  markup("Markdown image onerror", '![x](x" onerror="alert(1))'),
  markup("Markdown autolink javascript", "<javascript:alert(1)>"),
  markup("Markdown reference definition", "[x]: javascript:alert(1)\n\n[x]"),
  markup("Markdown raw HTML block", "<div>\n<script>alert(1)</script>\n</div>"),
];

const SVG_MATHML: XssVector[] = [
  markup("svg script", "<svg><script>alert(1)</script></svg>"),
  markup("svg xlink href", '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'),
  markup(
    "svg animate href",
    '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
  ),
  markup("svg set onbegin", "<svg><set onbegin=alert(1) attributeName=x></svg>"),
  markup(
    "svg foreignObject",
    "<svg><foreignObject><img src=x onerror=alert(1)></foreignObject></svg>",
  ),
  markup(
    "svg use data URL",
    '<svg><use href="data:image/svg+xml,<svg id=x onload=alert(1)>#x"/></svg>',
  ),
  markup("math href", '<math href="javascript:alert(1)">x</math>'),
  markup(
    "math maction",
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">x</maction></math>',
  ),
  markup(
    "math mglyph style break",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
  ),
  markup(
    "math annotation-xml",
    '<math><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></math>',
  ),
];

const ATTRIBUTE_BREAKERS: XssVector[] = [
  markup("double-quote breaker", '" onmouseover="alert(1)'),
  markup("double-quote tag breaker", '"><script>alert(1)</script>'),
  markup("single-quote breaker", "' onmouseover='alert(1)"),
  markup("single-quote tag breaker", "'><script>alert(1)</script>"),
  markup("backtick breaker", "` onmouseover=alert(1) `"),
  markup("unquoted breaker", " onmouseover=alert(1) "),
  markup("slash breaker", "/onmouseover=alert(1)"),
  markup("entity quote breaker", "&quot; onmouseover=&quot;alert(1)"),
  markup("tag close then image", "><img src=x onerror=alert(1)>"),
  markup("style attribute expression", '" style="background:url(javascript:alert(1))'),
  markup("style attribute, CSS expression", '" style="width:expression(alert(1))'),
  markup("class breaker", 'x" class="nd-headline'),
  markup("data attribute spoof", '" data-entity="admin'),
];

const COMMENTS_CDATA: XssVector[] = [
  markup("comment open", "<!--"),
  markup("comment close", "-->"),
  markup("comment with script", "<!--<script>alert(1)</script>-->"),
  markup("bogus comment close", "--!><script>alert(1)</script>"),
  markup("conditional comment", "<!--[if IE]><script>alert(1)</script><![endif]-->"),
  markup("CDATA section", "<![CDATA[<script>alert(1)</script>]]>"),
  markup("CDATA close", "]]><script>alert(1)</script>"),
  markup("processing instruction", '<?xml version="1.0"?><script>alert(1)</script>'),
  markup("doctype injection", "<!DOCTYPE html><script>alert(1)</script>"),
  markup("noscript confusion", '<noscript><p title="</noscript><img src=x onerror=alert(1)>">'),
  markup("title breaker", "</title><script>alert(1)</script>"),
  markup("textarea breaker", "</textarea><script>alert(1)</script>"),
  markup("style breaker", "</style><script>alert(1)</script>"),
  markup("template content", "<template><img src=x onerror=alert(1)></template>"),
  markup("xmp breaker", "</xmp><script>alert(1)</script>"),
  markup("plaintext swallow", "<plaintext>"),
];

const OTHER: XssVector[] = [
  markup("Markdown front matter fence", "---\ntitle: <script>alert(1)</script>\n---"),
  markup("YAML anchor trick", "&a [*a]"),
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal text is the point.
  markup("template literal", "${alert(1)}"),
  markup("Angular template", "{{constructor.constructor('alert(1)')()}}"),
  markup("bidi override", "\u202egnp.exe"),
  markup("zero-width in tag", "<scr\u200bipt>alert(1)</script>"),
  markup("null in tag", "<scr\u0000ipt>alert(1)</script>"),
  markup("U+2028 in JSON", "\u2028alert(1)\u2029"),
  markup("prototype key", "__proto__"),
  markup("very long payload", `<script>${"A".repeat(10000)}</script>`),
];

/**
 * Known cross-site-scripting vectors, each with a label: script tags in
 * every case and encoding, event-handler attributes, script URLs with
 * case, whitespace, control-character and entity obfuscation, SVG/MathML
 * payloads, attribute breakers, comment and CDATA tricks. Put each into
 * every string field (all of them) and every URL field (the `url` ones)
 * of an article.
 */
export const xssCorpus: readonly XssVector[] = [
  ...SCRIPT_TAGS,
  ...EVENT_HANDLERS,
  ...URLS,
  ...LINK_MARKUP,
  ...SVG_MATHML,
  ...ATTRIBUTE_BREAKERS,
  ...COMMENTS_CDATA,
  ...OTHER,
];
