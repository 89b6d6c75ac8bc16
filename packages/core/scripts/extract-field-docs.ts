import ts from "typescript";
import type { FieldDocs, TypeDoc } from "../src/schema/field-docs-type.js";

/**
 * Reads the TSDoc of the named interfaces exported from the model's entry file
 * (`src/model/index.ts`) with the TypeScript compiler, inherited fields
 * included (`Person` gets `EntityBase`'s `name`). The model's TSDoc is the
 * one place a field is described; the JSON Schema and `docs/reference.md`
 * are generated from what this returns.
 */
export function extractFieldDocs(modelEntry: string, names: readonly string[]): FieldDocs {
  const wanted = new Set(names);
  const program = ts.createProgram([modelEntry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(modelEntry);
  if (source === undefined) throw new Error(`extractFieldDocs: cannot read ${modelEntry}`);
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined)
    throw new Error(`extractFieldDocs: ${modelEntry} is not a module`);
  const docs: Record<string, TypeDoc> = {};
  const exports = checker
    .getExportsOfModule(moduleSymbol)
    .map((s) => (s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s))
    .filter((s) => s.flags & ts.SymbolFlags.Interface && wanted.has(s.name))
    .sort((a, b) => a.name.localeCompare(b.name));
  for (const symbol of exports) {
    const type = checker.getDeclaredTypeOfSymbol(symbol);
    const fields: Record<string, string> = {};
    for (const property of checker.getPropertiesOfType(type)) {
      fields[property.name] = summary(property, checker);
    }
    docs[symbol.name] = { description: summary(symbol, checker), fields };
  }
  return docs;
}

/** A symbol's TSDoc text as one line (the summary; block tags such as `@example` are not part of it). */
function summary(symbol: ts.Symbol, checker: ts.TypeChecker): string {
  return ts
    .displayPartsToString(symbol.getDocumentationComment(checker))
    .replace(/\s+/g, " ")
    .trim();
}
