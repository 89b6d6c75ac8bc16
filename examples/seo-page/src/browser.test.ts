import { describe, expect, it } from "vitest";
import { launchChromium } from "./browser.js";

describe("launchChromium", () => {
  it("says how to install Chromium when it is missing", async () => {
    await expect(launchChromium({ executablePath: "/nonexistent/chromium" })).rejects.toThrowError(
      /scripts\/ensure-chromium\.sh/,
    );
  });
});
