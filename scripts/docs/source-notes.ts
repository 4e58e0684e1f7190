// What the schema sources say that zod does not keep at run time: the doc comments on exported schemas and on object
// fields, and the messages of `.refine` / `.superRefine` checks (read with the TypeScript parser, for docs/api.md).
import { readFileSync } from 'node:fs';
import ts from 'typescript';

/** An object literal of a schema source: its keys and the doc comments of those that have one. */
interface Literal {
  keys: ReadonlySet<string>;
  docs: ReadonlyMap<string, string>;
}

export interface SourceNotes {
  /** the doc comment of an exported const, by its name */
  exportDoc(name: string): string | undefined;
  /** the messages of the refinements written in an exported const's initializer */
  refineMessages(name: string): readonly string[];
  /**
   * The doc comment of a field of an object whose keys are `keys`: from the literal the object was built from, taken
   * to be the largest literal holding the field and no key the object lacks.
   */
  fieldDoc(key: string, keys: readonly string[]): string | undefined;
}

function docCommentBefore(node: ts.Node, text: string): string | undefined {
  // the trivia before the node (the compiler's own comment ranges skip a comment on the line of the previous token)
  const trivia = text.slice(node.getFullStart(), node.getStart());
  const docs = trivia.match(/\/\*\*[\s\S]*?\*\//g);
  if (!docs) return undefined;
  return docs[docs.length - 1]!.replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((line) => line.replace(/^\s*\*?\s?/, '').trim())
    .filter(Boolean)
    .join(' ');
}

const propertyName = (name: ts.PropertyName): string | undefined =>
  ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;

/** The `message` strings inside `.refine(…)` and `.superRefine(…)` calls under a node. */
function refineMessagesIn(node: ts.Node): string[] {
  const found: string[] = [];
  const visitMessages = (n: ts.Node): void => {
    if (ts.isPropertyAssignment(n) && propertyName(n.name) === 'message' && ts.isStringLiteralLike(n.initializer)) {
      found.push(n.initializer.text);
    }
    ts.forEachChild(n, visitMessages);
  };
  const visit = (n: ts.Node): void => {
    if (
      ts.isCallExpression(n) &&
      ts.isPropertyAccessExpression(n.expression) &&
      ['refine', 'superRefine'].includes(n.expression.name.text)
    ) {
      n.arguments.forEach(visitMessages);
    }
    ts.forEachChild(n, visit);
  };
  visit(node);
  return [...new Set(found)];
}

export function readSourceNotes(files: readonly string[]): SourceNotes {
  const exportDocs = new Map<string, string>();
  const refines = new Map<string, string[]>();
  const literals: Literal[] = [];

  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (ts.isVariableStatement(node)) {
        const doc = docCommentBefore(node, text);
        for (const d of node.declarationList.declarations) {
          if (!ts.isIdentifier(d.name)) continue;
          if (doc) exportDocs.set(d.name.text, doc);
          if (d.initializer) refines.set(d.name.text, refineMessagesIn(d.initializer));
        }
      }
      if (ts.isObjectLiteralExpression(node)) {
        const docs = new Map<string, string>();
        const keys = node.properties.flatMap((p) => (p.name && propertyName(p.name)) || []);
        for (const p of node.properties) {
          const key = ts.isPropertyAssignment(p) ? propertyName(p.name) : undefined;
          const doc = key ? docCommentBefore(p, text) : undefined;
          if (key && doc) docs.set(key, doc);
        }
        literals.push({ keys: new Set(keys), docs });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }

  return {
    exportDoc: (name) => exportDocs.get(name),
    refineMessages: (name) => refines.get(name) ?? [],
    fieldDoc(key, keys) {
      const all = new Set(keys);
      const fits = literals.filter((l) => l.keys.has(key) && [...l.keys].every((k) => all.has(k)));
      fits.sort((a, b) => b.keys.size - a.keys.size);
      return fits[0]?.docs.get(key);
    },
  };
}
