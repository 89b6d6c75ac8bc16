import pc from "picocolors";
import type { OutputStream } from "../io.js";

/** picocolors' formatters (`red`, `dim`, `bold`, …), enabled or turned into identity functions. */
export type Colors = ReturnType<typeof pc.createColors>;

/**
 * Whether to colour what goes to `stream`: never when `NO_COLOR` is set to a
 * non-empty value (https://no-color.org), always when `FORCE_COLOR` is set to
 * anything but `0`, otherwise only on a terminal.
 */
export function useColor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "" && env.FORCE_COLOR !== "0") {
    return true;
  }
  return stream.isTTY === true;
}

/** The formatters for `stream`, per {@link useColor}. */
export function colorsFor(
  stream: OutputStream,
  env: Readonly<Record<string, string | undefined>>,
): Colors {
  return pc.createColors(useColor(stream, env));
}
