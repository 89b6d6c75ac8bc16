export { newsdocMarkdownRenderer, toNewsdocMarkdown } from "./to-newsdoc-markdown.js";
