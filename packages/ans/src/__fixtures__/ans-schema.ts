import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { sharedDataDir } from "@newsdoc/test-utils";
import type { ErrorObject, ValidateFunction } from "ajv";
import AjvDraft04 from "ajv-draft-04";
import addFormats from "ajv-formats";

/** The shared data folder, or `undefined` when it is absent and the tests may skip. */
export const DATA_DIR = sharedDataDir();

/** Where every ANS 0.10.12 schema's absolute `id` starts. */
export const ANS_BASE =
  "https://raw.githubusercontent.com/washingtonpost/ans-schema/master/src/main/resources/schema/ans/0.10.12/";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith(".json") ? [path] : [];
  });
}

let ajv: AjvDraft04 | undefined;

/** The validator of one ANS 0.10.12 schema, by its path under the version folder (`story.json`). */
export function ansValidator(path: string): ValidateFunction {
  if (!DATA_DIR) throw new Error("ans-schema: the shared data folder is absent.");
  if (!ajv) {
    ajv = new AjvDraft04({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const file of files(join(DATA_DIR, "ans", "0.10.12"))) {
      ajv.addSchema(JSON.parse(readFileSync(file, "utf8")) as object);
    }
  }
  const validate = ajv.getSchema(`${ANS_BASE}${path}`);
  if (!validate) throw new Error(`ans-schema: no schema ${path}`);
  return validate;
}

// `content_element.json` checks only that an element has a `type`; each
// element is checked here against its own schema too, so an element the
// story schema lets through is still held to its type's rules.
const ELEMENT_SCHEMAS: Record<string, string> = {
  text: "story_elements/text.json",
  header: "story_elements/header.json",
  list: "story_elements/list.json",
  quote: "story_elements/quote.json",
  blockquote: "story_elements/blockquote.json",
  divider: "story_elements/divider.json",
  image: "image.json",
  // The table schema's own id says `story_element/` (singular).
  table: "story_element/table.json",
  raw_html: "story_elements/raw_html.json",
  custom_embed: "story_elements/custom_embed.json",
  correction: "story_elements/correction.json",
  interstitial_link: "story_elements/interstitial_link.json",
  element_group: "story_elements/element_group.json",
  numeric_rating: "story_elements/numeric_rating.json",
  endorsement: "story_elements/endorsement.json",
  code: "story_elements/code.json",
  link_list: "story_elements/link_list.json",
  reference: "utils/reference.json",
  oembed_response: "utils/oembed_response.json",
  video: "video.json",
  audio: "audio.json",
};

/** The schema file for one content element type, if ANS has one. */
export function elementSchema(type: string): string | undefined {
  return ELEMENT_SCHEMAS[type];
}

function errorLines(path: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (e) => `${path}${e.instancePath} ${e.message ?? ""} ${JSON.stringify(e.params)}`,
  );
}

function checkElements(elements: unknown, path: string, out: string[]): void {
  if (!Array.isArray(elements)) return;
  elements.forEach((element, i) => {
    const at = `${path}/${i}`;
    const type = (element as { type?: unknown }).type;
    const file = typeof type === "string" ? ELEMENT_SCHEMAS[type] : undefined;
    if (file) {
      const validate = ansValidator(file);
      if (!validate(element)) out.push(...errorLines(at, validate.errors));
    } else out.push(`${at} has no known ANS element type (${String(type)})`);
    const e = element as Record<string, unknown>;
    checkElements(e.content_elements, `${at}/content_elements`, out);
    checkElements(e.items, `${at}/items`, out);
  });
}

/**
 * Every problem the official schemas find in a story: the story schema,
 * then each content element (nested ones too) and promo item against its
 * own schema. Empty when the story is valid.
 */
export function ansStoryErrors(story: unknown): string[] {
  const validate = ansValidator("story.json");
  const out = validate(story) ? [] : errorLines("", validate.errors);
  const s = story as Record<string, unknown>;
  checkElements(s.content_elements, "/content_elements", out);
  const promo = (s.promo_items as Record<string, unknown> | undefined)?.basic;
  if (promo !== undefined) checkElements([promo], "/promo_items/basic", out);
  return out;
}

/** Arc's good fixtures: `[file name, parsed document]`. */
export function ansFixtures(): [string, unknown][] {
  if (!DATA_DIR) return [];
  const dir = join(DATA_DIR, "ans", "fixtures");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => [f, JSON.parse(readFileSync(join(dir, f), "utf8")) as unknown]);
}
