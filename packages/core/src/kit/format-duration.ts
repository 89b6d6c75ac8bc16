const DURATION = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)(?:\.\d+)?S)?)?$/;

/**
 * An ISO 8601 duration as a player shows it, for HTML's `<time datetime>`
 * and other renderers' captions: `PT1M33S` is `1:33`, `PT1H2M`
 * is `1:02:00`. `undefined` for a string that is not a duration.
 */
export function formatDuration(iso: string): string | undefined {
  const m = DURATION.exec(iso);
  if (m === null || iso === "P" || iso.endsWith("T")) return undefined;
  const [, d = "0", h = "0", min = "0", s = "0"] = m;
  const total = ((Number(d) * 24 + Number(h)) * 60 + Number(min)) * 60 + Number(s);
  if (!Number.isSafeInteger(total)) return undefined;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}
