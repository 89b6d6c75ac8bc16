/**
 * One article to process: a file found on disk, or the built-in example
 * article (`--example`).
 */
export type InputSource =
  | {
      readonly kind: "file";
      /** Absolute path. */
      readonly path: string;
      /** The path as the user wrote it (joined with the part found by walking a folder). */
      readonly display: string;
    }
  | { readonly kind: "example"; readonly display: typeof EXAMPLE_DISPLAY };

/** How the example article is named in reports. */
export const EXAMPLE_DISPLAY = "<example>";

/** The input `--example` stands for. */
export const exampleInput: InputSource = { kind: "example", display: EXAMPLE_DISPLAY };
