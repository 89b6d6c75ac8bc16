import { article as example } from "@newsdoc/core/example";
import type {
  Claim,
  CreativeWork,
  Event,
  Graph,
  ImageObject,
  NewsArticle,
  Organization,
  Person,
  Place,
  Quotation,
  Thing,
} from "schema-dts";
import { describe, expectTypeOf, test } from "vitest";
import type { BuiltGraph, GraphNode } from "./graph-node.js";
import {
  type JsonLdGraph,
  type JsonLdNode,
  type JsonLdNodeType,
  type JsonLdStringOptions,
  jsonLdScript,
  jsonLdString,
  type ToJsonLdOptions,
  toJsonLd,
} from "./index.js";

type NodeOf<T extends string> = Extract<GraphNode, { "@type": T }>;

describe("types", () => {
  test("toJsonLd returns plain JSON-LD types, whose builders are schema-dts's", () => {
    const graph = toJsonLd(example);
    expectTypeOf(graph).toEqualTypeOf<JsonLdGraph>();
    // What the builders make is a schema-dts Graph of schema-dts nodes…
    expectTypeOf<BuiltGraph>().toExtend<Graph>();
    expectTypeOf<GraphNode>().toExtend<Thing>();
    // …and every node type they make is one the published type names.
    expectTypeOf<GraphNode["@type"]>().toExtend<JsonLdNodeType>();
    expectTypeOf<JsonLdNodeType>().toExtend<GraphNode["@type"]>();
  });

  test("the published types do not name schema-dts (so every consumer compiles them)", () => {
    expectTypeOf<JsonLdNode["@id"]>().toEqualTypeOf<string>();
    expectTypeOf<JsonLdNode["@type"]>().toEqualTypeOf<JsonLdNodeType>();
  });

  test("each node type is its schema-dts type", () => {
    expectTypeOf<NodeOf<"NewsArticle">>().toExtend<NewsArticle>();
    expectTypeOf<NodeOf<"ImageObject">>().toExtend<ImageObject>();
    expectTypeOf<NodeOf<"Person">>().toExtend<Person>();
    expectTypeOf<NodeOf<"Organization">>().toExtend<Organization>();
    expectTypeOf<NodeOf<"Place">>().toExtend<Place>();
    expectTypeOf<NodeOf<"Event">>().toExtend<Event>();
    expectTypeOf<NodeOf<"CreativeWork">>().toExtend<CreativeWork>();
    expectTypeOf<NodeOf<"Quotation">>().toExtend<Quotation>();
    expectTypeOf<NodeOf<"Claim">>().toExtend<Claim>();
  });

  test("nodes narrow by @type", () => {
    const node = toJsonLd(example)["@graph"][0]!;
    expectTypeOf(node["@type"]).toEqualTypeOf<JsonLdNodeType>();
    if (node["@type"] === "NewsArticle") expectTypeOf(node.headline).not.toBeAny();
  });

  test("options are checked", () => {
    expectTypeOf(toJsonLd).parameter(1).toEqualTypeOf<ToJsonLdOptions | undefined>();
    // @ts-expect-error a misspelt option
    toJsonLd(example, { articlebody: true });
    // @ts-expect-error quote modes are the model's
    toJsonLd(example, { quoteModes: ["verbatim"] });
    // @ts-expect-error entity ids map to strings
    toJsonLd(example, { entityIds: { daily: 1 } });
    expectTypeOf(jsonLdString).parameter(1).toEqualTypeOf<JsonLdStringOptions | undefined>();
    expectTypeOf(jsonLdScript).returns.toEqualTypeOf<string>();
  });
});
