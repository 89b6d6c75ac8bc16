/**
 * `@newsdoc/cli`: the `newsdoc` command, and `main` to run it from code.
 *
 * @packageDocumentation
 */

export { ExitCode } from "./exit-code.js";
export type { CliFileSystem, CliIo, OutputStream, WritableFileHandle } from "./io.js";
export { nodeFileSystem } from "./io.js";
export { main } from "./main.js";
