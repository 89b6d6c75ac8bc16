export { toNewsdocMarkdown, newsdocMarkdownRenderer } from "./to-newsdoc-markdown.js";
