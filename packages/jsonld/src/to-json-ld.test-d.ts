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
import {
  type JsonLdGraph,
  type JsonLdNode,
  type JsonLdStringOptions,
  jsonLdScript,
  jsonLdString,
  type ToJsonLdOptions,
  toJsonLd,
} from "./index.js";

type NodeOf<T extends string> = Extract<JsonLdNode, { "@type": T }>;

describe("types", () => {
  test("toJsonLd returns a schema-dts Graph of schema-dts nodes", () => {
    const graph = toJsonLd(example);
    expectTypeOf(graph).toEqualTypeOf<JsonLdGraph>();
    expectTypeOf(graph).toExtend<Graph>();
    expectTypeOf<JsonLdGraph["@graph"][number]>().toExtend<Thing>();
    const asGraph: Graph = graph;
    void asGraph;
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
