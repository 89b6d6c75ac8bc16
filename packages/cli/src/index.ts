/**
 * `@newsdoc/cli`: the `newsdoc` command, and `main` to run it from code.
 *
 * @packageDocumentation
 */
export type { CliFileSystem, CliIo, OutputStream, WritableFileHandle } from "./io.js";
export { ExitCode } from "./exit-code.js";
export { main } from "./main.js";
