import * as nodeFs from "node:fs/promises";

/** Somewhere `newsdoc` writes text: `process.stdout`, `process.stderr` or a test's buffer. */
export interface OutputStream {
  write(text: string): unknown;
  /** Whether the stream is a terminal (enables colour and the progress bar). */
  readonly isTTY?: boolean | undefined;
}

/**
 * The file-system calls `newsdoc` makes: a subset of `node:fs/promises`
 * and {@link CliFileSystem.readHead}, so a test can pass an implementation
 * that fails on purpose (spread {@link nodeFileSystem} and replace a call).
 */
export interface CliFileSystem {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * The first `bytes` bytes of the file (all of it when it is shorter),
   * without reading the rest: how a folder walk looks at a file's start
   * (front matter, a registry's list) before taking it.
   */
  readHead(path: string, bytes: number): Promise<Uint8Array>;
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
  /** The file system. Default: {@link nodeFileSystem} (`node:fs/promises`). */
  fs: CliFileSystem;
}

/** {@link CliFileSystem.readHead} on Node's file system: one `open`, reads until `bytes` or the end, `close`. */
async function readHead(path: string, bytes: number): Promise<Uint8Array> {
  const handle = await nodeFs.open(path, "r");
  try {
    const buffer = new Uint8Array(bytes);
    let filled = 0;
    while (filled < bytes) {
      const { bytesRead } = await handle.read(buffer, filled, bytes - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  } finally {
    await handle.close();
  }
}

/** The real file system: `node:fs/promises` and {@link readHead}. The default of {@link CliIo.fs}. */
export const nodeFileSystem: CliFileSystem = {
  readFile: (path) => nodeFs.readFile(path),
  readHead,
  stat: (path) => nodeFs.stat(path),
  readdir: (path, options) => nodeFs.readdir(path, options),
  realpath: (path) => nodeFs.realpath(path),
  mkdir: (path, options) => nodeFs.mkdir(path, options),
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
};

/** Fills the fields of `io` that the caller left out with the real process. */
export function resolveIo(io: Partial<CliIo> = {}): CliIo {
  return {
    stdout: io.stdout ?? process.stdout,
    stderr: io.stderr ?? process.stderr,
    cwd: io.cwd ?? process.cwd(),
    env: io.env ?? process.env,
    fs: io.fs ?? nodeFileSystem,
  };
}
