import type { ClassNames } from "@newsdoc/core/kit";

/**
 * The default stylesheet for a class table: a single readable column on
 * any screen, from a 320 px phone up, with no horizontal scrolling (long
 * words and URLs wrap anywhere, images and tables shrink to fit), and a
 * dark variant. Small on purpose: a starting point, not a theme.
 */
export function defaultStylesheet(c: ClassNames): string {
  const x = (key: keyof ClassNames) => `.${c[key]}`;
  return [
    ":root{color-scheme:light dark;--nd-fg:#1b1b1b;--nd-muted:#5a5a5a;--nd-rule:#d9d9d9;--nd-accent:#0b5cad;--nd-bg:#fff}",
    "@media (prefers-color-scheme:dark){:root{--nd-fg:#e9e9e9;--nd-muted:#b0b0b0;--nd-rule:#3a3a3a;--nd-accent:#8cc4ff;--nd-bg:#141414}}",
    "*,*::before,*::after{box-sizing:border-box}",
    "html{-webkit-text-size-adjust:100%;text-size-adjust:100%}",
    'body{margin:0;background:var(--nd-bg);color:var(--nd-fg);font:1.125rem/1.6 Georgia,Cambria,"Times New Roman",serif}',
    "main{max-width:42rem;margin:0 auto;padding:1.25rem 1rem 3rem}",
    `${x("article")}{overflow-wrap:anywhere;hyphens:auto}`,
    `${x("article")} a{color:var(--nd-accent)}`,
    `${x("headline")}{font-size:clamp(1.7rem,1.2rem + 2.4vw,2.6rem);line-height:1.15;margin:0 0 .5rem}`,
    `${x("dek")}{font-size:1.25rem;line-height:1.4;color:var(--nd-muted);margin:0 0 1rem}`,
    `${x("byline")},${x("dateline")}{font:.9rem/1.4 system-ui,sans-serif;color:var(--nd-muted);margin:.25rem 0}`,
    `${x("figure")}{margin:1.5rem 0}`,
    `${x("image")}{display:block;max-width:100%;height:auto}`,
    `${x("caption")},${x("attribution")}{font:.875rem/1.45 system-ui,sans-serif;color:var(--nd-muted);margin-top:.5rem}`,
    `${x("credit")}{font-size:.75rem;letter-spacing:.02em;text-transform:uppercase}`,
    `${x("body")} h2,${x("body")} h3{line-height:1.25;margin:2rem 0 .5rem}`,
    `${x("quotation")}{margin:1.5rem 0}`,
    `${x("blockquote")}{margin:1.5rem 0;padding-left:1rem;border-left:4px solid var(--nd-rule);font-style:italic}`,
    `${x("quotation")} ${x("blockquote")}{margin:0}`,
    `${x("appendix")}{margin-top:2.5rem;padding-top:1rem;border-top:1px solid var(--nd-rule);font:1rem/1.5 system-ui,sans-serif}`,
    `${x("appendix")} h2{font-size:1.25rem;margin:0 0 .5rem}`,
    `${x("appendix")} dt{font-weight:600;margin-top:1rem}`,
    `${x("appendix")} dd{margin:.25rem 0 .25rem 1rem}`,
    `${x("quoteMeta")}{color:var(--nd-muted);font-size:.875rem}`,
    `${x("claim")}{width:100%;table-layout:fixed;border-collapse:collapse;margin:1rem 0}`,
    `${x("claim")} caption{text-align:left;font-weight:600;padding-bottom:.5rem}`,
    `${x("claim")} th,${x("claim")} td{text-align:left;vertical-align:top;padding:.4rem .5rem;border-top:1px solid var(--nd-rule)}`,
    `${x("claim")} th[scope=col]:first-child{width:35%}`,
  ].join("");
}
