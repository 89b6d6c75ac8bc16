import * as nodeFs from "node:fs/promises";

/** Somewhere `newsdoc` writes text: `process.stdout`, `process.stderr` or a test's buffer. */
export interface OutputStream {
  write(text: string): unknown;
  /** Whether the stream is a terminal (enables colour and the progress bar). */
  readonly isTTY?: boolean | undefined;
}

/**
 * The file-system calls `newsdoc` makes: a subset of `node:fs/promises`, so
 * a test can pass an implementation that fails on purpose.
 */
export interface CliFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ isFile(): boolean; isDirectory(): boolean }>;
  readdir(
    path: string,
    options: { withFileTypes: true },
  ): Promise<
    { name: string; isFile(): boolean; isDirectory(): boolean; isSymbolicLink(): boolean }[]
  >;
  realpath(path: string): Promise<string>;
  mkdir(path: string, options: { recursive: true }): Promise<unknown>;
  open(path: string, flags: string, mode?: number): Promise<WritableFileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

/** The part of a `FileHandle` that {@link CliFileSystem.open} must return. */
export interface WritableFileHandle {
  /** Writes the data; an iterable's strings are written in order as it makes them (Node's `FileHandle` does). */
  writeFile(data: string | Uint8Array | Iterable<string>): Promise<void>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Everything `main` touches outside itself. Every field is optional when
 * calling `main`; the defaults are the real process.
 */
export interface CliIo {
  /** Where results go (reports, rendered output, the schema). Default: `process.stdout`. */
  stdout: OutputStream;
  /** Where usage errors, render problems and the progress bar go. Default: `process.stderr`. */
  stderr: OutputStream;
  /** The folder relative paths are resolved against and shown relative to. Default: `process.cwd()`. */
  cwd: string;
  /** Environment variables (`NO_COLOR`, `FORCE_COLOR`). Default: `process.env`. */
  env: Readonly<Record<string, string | undefined>>;
  /** The file system. Default: `node:fs/promises`. */
  fs: CliFileSystem;
}

/** Fills the fields of `io` that the caller left out with the real process. */
export function resolveIo(io: Partial<CliIo> = {}): CliIo {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    fs: io.fs ?? (nodeFs as unknown as CliFileSystem),
  };
}
