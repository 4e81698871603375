import { StoreError } from './store-error.js';

/** How a field is held in its column: as text, an integer, a real number, or JSON text. */
export type ColumnKind = 'text' | 'integer' | 'real' | 'json';

/** A value SQL columns hold. */
export type SqlValue = string | number | null;

/** A field of an object held in a column of its own; `path` is dotted for nested fields (`source.actor`). */
export interface FieldColumn {
  readonly path: string;
  readonly column: string;
  readonly kind: ColumnKind;
}

/** A key whose value is stored in a table of its own (rows of a child table), kept as a placeholder. */
export interface ChildKey {
  readonly child: string;
}

/** What a codec maps, in the usual key order of the objects. */
export type RowPart = FieldColumn | ChildKey;

/** An object split into a table row. */
export interface EncodedRow {
  /** The value of every column (null where the object lacks the field). */
  readonly values: Readonly<Record<string, SqlValue>>;
  /** The object's shape (see {@link RowCodec}); null when it is the usual shape. */
  readonly shape: string | null;
  /** The values under the child keys, for the caller to store in their own tables. */
  readonly children: Readonly<Record<string, unknown>>;
}

/**
 * Splits objects into table rows and rebuilds them exactly.
 * Each mapped field goes to its column; the rest of the object is kept as its *shape*: the object's
 * JSON in its own key order, where mapped fields and child keys hold the placeholder `0` and fields
 * without a column keep their values (so fields added to the format later survive a round trip).
 */
export interface RowCodec {
  /** Splits an object; `what` names it in errors (e.g. `events[3]`). */
  encode(value: unknown, what: string): EncodedRow;
  /** Rebuilds an object from its row, its shape and the values of its child keys. */
  decode(row: Readonly<Record<string, unknown>>, shape: string | null, children: Readonly<Record<string, unknown>>): Record<string, unknown>;
}

type Node =
  | { readonly kind: 'field'; readonly field: FieldColumn }
  | { readonly kind: 'child' }
  | { readonly kind: 'object'; readonly nodes: ReadonlyMap<string, Node> };

const PLACEHOLDER = 0;

const EXPECTED: Readonly<Record<ColumnKind, string>> = { text: 'a string', integer: 'an integer', real: 'a finite number', json: 'JSON' };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function buildTree(parts: readonly RowPart[]): Map<string, Node> {
  const root = new Map<string, Node>();
  for (const part of parts) {
    if ('child' in part) {
      root.set(part.child, { kind: 'child' });
      continue;
    }
    const field = part;
    const keys = field.path.split('.');
    let nodes = root;
    for (const key of keys.slice(0, -1)) {
      let next = nodes.get(key);
      if (!next) {
        next = { kind: 'object', nodes: new Map<string, Node>() };
        nodes.set(key, next);
      }
      if (next.kind !== 'object') throw new Error(`field ${field.path} lies under another field`);
      nodes = next.nodes as Map<string, Node>;
    }
    nodes.set(keys[keys.length - 1]!, { kind: 'field', field });
  }
  return root;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${typeof value === 'object' ? '' : String(value)}`.trim();
}

function toColumn(field: FieldColumn, value: unknown, what: string): SqlValue {
  const ok =
    field.kind === 'json' ||
    value === null ||
    (field.kind === 'text' && typeof value === 'string') ||
    (field.kind === 'integer' && Number.isSafeInteger(value)) ||
    (field.kind === 'real' && typeof value === 'number' && Number.isFinite(value));
  if (!ok) {
    throw new StoreError('invalid-record', `${what}.${field.path}: expected ${EXPECTED[field.kind]} or null, got ${describe(value)}`);
  }
  return field.kind === 'json' ? JSON.stringify(value) : (value as SqlValue);
}

function fromColumn(field: FieldColumn, value: unknown): unknown {
  if (field.kind === 'json') return typeof value === 'string' ? JSON.parse(value) : null;
  return value ?? null;
}

function template(nodes: ReadonlyMap<string, Node>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, node] of nodes) out[key] = node.kind === 'object' ? template(node.nodes) : PLACEHOLDER;
  return out;
}

/** A codec for objects made of `parts`: fields with columns and child keys stored in tables of their own. */
export function createRowCodec(parts: readonly RowPart[]): RowCodec {
  const tree = buildTree(parts);
  const usual = template(tree);
  const columns = parts.flatMap((p) => ('child' in p ? [] : [p.column]));
  const noValues: Readonly<Record<string, SqlValue>> = Object.fromEntries(columns.map((c) => [c, null]));

  /** Fills `values` and `children` from `value` and returns its shape; clears `verdict.usual` where the shape differs from the usual one. */
  function split(
    value: Record<string, unknown>,
    nodes: ReadonlyMap<string, Node>,
    values: Record<string, SqlValue>,
    children: Record<string, unknown>,
    what: string,
    verdict: { usual: boolean },
  ): Record<string, unknown> {
    const shape: Record<string, unknown> = {};
    const order = nodes.keys();
    for (const key of Object.keys(value)) {
      const v = value[key];
      if (v === undefined) continue;
      const node = nodes.get(key);
      if (verdict.usual && order.next().value !== key) verdict.usual = false;
      if (node?.kind === 'field') {
        values[node.field.column] = toColumn(node.field, v, what);
        shape[key] = PLACEHOLDER;
      } else if (node?.kind === 'child') {
        children[key] = v;
        shape[key] = PLACEHOLDER;
      } else if (node?.kind === 'object' && isPlainObject(v)) {
        shape[key] = split(v, node.nodes, values, children, what, verdict);
      } else {
        shape[key] = v;
        verdict.usual = false;
      }
    }
    if (verdict.usual && order.next().done !== true) verdict.usual = false;
    return shape;
  }

  function join(
    shape: Record<string, unknown>,
    nodes: ReadonlyMap<string, Node>,
    row: Readonly<Record<string, unknown>>,
    children: Readonly<Record<string, unknown>>,
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(shape)) {
      const node = nodes.get(key);
      if (node?.kind === 'field') out[key] = fromColumn(node.field, row[node.field.column]);
      else if (node?.kind === 'child') out[key] = children[key];
      else if (node?.kind === 'object' && isPlainObject(v)) out[key] = join(v, node.nodes, row, children);
      else out[key] = v;
    }
    return out;
  }

  return {
    encode(value, what) {
      if (!isPlainObject(value)) throw new StoreError('invalid-record', `${what}: expected an object, got ${describe(value)}`);
      const values: Record<string, SqlValue> = { ...noValues };
      const children: Record<string, unknown> = {};
      const verdict = { usual: true };
      const shape = split(value, tree, values, children, what, verdict);
      return { values, shape: verdict.usual ? null : JSON.stringify(shape), children };
    },
    decode(row, shape, children) {
      return join(shape === null ? usual : (JSON.parse(shape) as Record<string, unknown>), tree, row, children);
    },
  };
}
