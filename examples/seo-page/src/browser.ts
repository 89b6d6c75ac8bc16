import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type BrowserContext, chromium } from "playwright-core";

/** Debian's Chromium: the browser the tests drive (never a downloaded build). */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * Flags for a quiet, reproducible headless run in a container: no sandbox
 * (containers run as root), no GPU, and nothing that phones home.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

/** A launched browser: one context on a fresh profile, and how to end it. */
export interface LaunchedBrowser {
  readonly context: BrowserContext;
  /** Closes the browser and deletes its temporary profile. */
  close(): Promise<void>;
}

/** What {@link launchChromium} takes. */
export interface LaunchOptions {
  /** Default {@link CHROMIUM_PATH}. */
  executablePath?: string;
  /** Milliseconds to wait for the browser to start. Default `30_000`. */
  timeout?: number;
  /** Viewport. Default 1280 × 800. */
  viewport?: { width: number; height: number };
}

/**
 * Starts headless Chromium through playwright-core on a fresh temporary
 * profile. Fails with instructions when the browser is not installed.
 *
 * @example
 * ```ts
 * const browser = await launchChromium();
 * const page = await browser.context.newPage();
 * await page.goto("http://127.0.0.1:8080/");
 * await browser.close();
 * ```
 */
export async function launchChromium(options: LaunchOptions = {}): Promise<LaunchedBrowser> {
  const executablePath = options.executablePath ?? CHROMIUM_PATH;
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium is not installed at ${executablePath}. Run scripts/ensure-chromium.sh from the repository root (it installs Debian's chromium with apt), then run the tests again.`,
    );
  }
  const profile = await mkdtemp(join(tmpdir(), "newsdoc-chromium-"));
  try {
    const context = await chromium.launchPersistentContext(profile, {
      executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS],
      timeout: options.timeout ?? 30_000,
      viewport: options.viewport ?? { width: 1280, height: 800 },
    });
    return {
      context,
      close: async () => {
        try {
          await context.close();
        } finally {
          await rm(profile, { recursive: true, force: true });
        }
      },
    };
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
