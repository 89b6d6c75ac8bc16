import { describe, expect, it } from "vitest";
import { type CliFileSystem, resolveIo } from "./io.js";
import { runMain } from "./test-io.js";

describe("main: the command line", () => {
  it("prints help with every command and the exit codes", async () => {
    const { code, stdout } = await runMain(["--help"]);
    expect(code).toBe(0);
    for (const name of ["validate", "lint", "render", "schema", "example"]) {
      expect(stdout).toContain(`${name} `);
    }
    expect(stdout).toContain("Exit codes:");
  });

  it("prints each command's help with its options", async () => {
    const { code, stdout } = await runMain(["render", "--help"]);
    expect(code).toBe(0);
    for (const flag of [
      "--to <format>",
      "--out <dir>",
      "--front-matter",
      "--appendix <kind>",
      "--no-mention-links",
      "--pretty",
      "--no-stylesheet",
      "--article-body",
      "--no-quotes",
      "--no-claims",
      "--example",
      "--quiet",
      "--debug",
    ]) {
      expect(stdout).toContain(flag);
    }
  });

  it("prints the version", async () => {
    const { code, stdout } = await runMain(["--version"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("shows help on stderr and exits 2 without a command", async () => {
    const { code, stdout, stderr } = await runMain([]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toContain("Commands:");
  });

  it("exits 2 for an unknown command, suggesting the closest", async () => {
    const { code, stderr } = await runMain(["valdiate", "a.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'newsdoc: Unknown command "valdiate". Did you mean "validate"? Commands: validate, lint, render, import, annotate, schema, example.\nRun "newsdoc --help" for usage.\n',
    );
  });

  it("exits 2 for an unknown flag", async () => {
    const { code, stderr } = await runMain(["validate", "--frobnicate", "a.json"]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      'newsdoc: Unknown option --frobnicate.\nRun "newsdoc validate --help" for usage.\n',
    );
  });

  it("exits 2 for an unknown format", async () => {
    const { code, stderr } = await runMain(["validate", "--format", "xml", "--example"]);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown value "xml" for --format; use one of: text, json.');
  });

  it("exits 2 without paths", async () => {
    for (const command of ["validate", "lint"]) {
      const { code, stderr } = await runMain([command]);
      expect(code).toBe(2);
      expect(stderr).toContain(`${command} needs at least one file or folder (or --example)`);
    }
    const { code } = await runMain(["render", "--to", "md"]);
    expect(code).toBe(2);
  });

  it("exits 2 for arguments to a command that takes none", async () => {
    const { code, stderr } = await runMain(["schema", "extra"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Unexpected arguments: extra");
  });

  it("exits 2 when an option is missing its value", async () => {
    const { code, stderr } = await runMain(["render", "--example", "--to"]);
    expect(code).toBe(2);
    expect(stderr).toContain("Option --to <format> needs a value.");
  });

  it("reports an internal error as a sentence, with the stack trace only under --debug", async () => {
    // A file system that breaks its contract: a bug, not a user mistake.
    const fs: CliFileSystem = {
      ...resolveIo().fs,
      stat: async () => ({ isFile: () => false, isDirectory: () => true }),
      readdir: async () => null as never,
    };
    const plain = await runMain(["validate", "folder"], { fs });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(
      /^newsdoc: internal error: .+\nThis is a bug in newsdoc\. Run again with --debug/,
    );
    expect(plain.stderr).not.toMatch(/\n\s+at /);
    const debug = await runMain(["validate", "folder", "--debug"], { fs });
    expect(debug.code).toBe(1);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });

  it("reads paths after -- even when they start with a dash", async () => {
    const { code, stdout } = await runMain(["validate", "--", "-missing.json"]);
    expect(code).toBe(1);
    expect(stdout).toContain("-missing.json: error: No such file or folder.");
  });
});
