import { test } from "vitest";
import type { HandlersOf, RenderContext } from "../kit/define-renderer.js";
import { OWN_TEXT, type OwnTextTable } from "../kit/plain-text.js";
import type { Entity } from "./entity.js";
import type { NodeTypes } from "./node.js";
import { NODE_TABLE, type NodeTableOf } from "./node-table.js";
import { RECORD_TABLE, type RecordTableOf } from "./record-table.js";

// A copy of the model's node map with one more node type, as a contributor
// would add it: every table and handler map must fail to compile without it.
interface Hologram {
  type: "hologram";
  url: string;
}
type Extended = NodeTypes & { hologram: Hologram };

test("the node table fails to compile without an entry for a new node type", () => {
  // @ts-expect-error — "hologram" is missing from the node table
  const table: NodeTableOf<Extended> = NODE_TABLE;
  void table;
  const complete: NodeTableOf<Extended> = {
    ...NODE_TABLE,
    hologram: { category: "phrasing", slots: [], references: [] },
  };
  void complete;
});

test("plainText's own-text table fails to compile without the new node type", () => {
  // @ts-expect-error — "hologram" is missing from OWN_TEXT
  const own: OwnTextTable<Extended> = OWN_TEXT;
  void own;
});

test("a renderer's handler map fails to compile without the new node type", () => {
  type Ctx = RenderContext<string>;
  const handlers = {} as HandlersOf<string, Ctx, NodeTypes>;
  // @ts-expect-error — "hologram" has no handler
  const extended: HandlersOf<string, Ctx, Extended> = handlers;
  void extended;
});

test("the record table fails to compile without an entry for a new entity kind", () => {
  interface Vehicle {
    type: "Vehicle";
    id: string;
    name: string;
    operator?: string;
  }
  // @ts-expect-error — "Vehicle" is missing from the record table
  const records: RecordTableOf<Entity | Vehicle> = RECORD_TABLE;
  void records;
});
