import {
  CamelCasePlugin,
  type Dialect,
  type PluginTransformQueryArgs,
  PostgresQueryCompiler,
  type QueryCompiler,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

/**
 * Kysely's CamelCasePlugin for rows only (snake_case columns come back camelCase, nested objects too);
 * the statement side is left to `snakeCaseNames`. The plugin's own statement side rebuilds the whole
 * query tree to rename identifiers, on every statement: a tenth of the API's CPU on a cheap read.
 */
export class CamelCaseRows extends CamelCasePlugin {
  override transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  // The plugin's own mapping reduces over Object.keys and checks each value's prototype chain: on a 50-row
  // page it cost twice the loop below, which gives the same rows (nested plain objects renamed too).
  protected override mapRow(row: UnknownRow): UnknownRow {
    const out: Record<string, unknown> = {};
    for (const key in row) {
      let value = row[key];
      if (Array.isArray(value)) value = value.map((item) => (isPlain(item) ? this.mapRow(item) : item));
      else if (isPlain(value)) value = this.mapRow(value);
      out[this.camelCase(key)] = value;
    }
    return out;
  }

  /** The snake_case name the plugin writes for an identifier (memoised by the plugin). */
  snake(name: string): string {
    return this.snakeCase(name);
  }
}

// A JSON object (what pg gives for json columns), not a Date, Buffer or array.
function isPlain(value: unknown): value is UnknownRow {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** The PostgreSQL compiler writing every identifier in snake_case, as CamelCasePlugin's tree rewrite did. */
class SnakeCaseCompiler extends PostgresQueryCompiler {
  readonly #names: CamelCaseRows;

  constructor(names: CamelCaseRows) {
    super();
    this.#names = names;
  }

  // Every identifier of a tree reaches the SQL through here (and only identifiers do).
  protected override sanitizeIdentifier(identifier: string): string {
    return super.sanitizeIdentifier(this.#names.snake(identifier));
  }
}

/**
 * `dialect` compiling with snake_case identifiers; with `CamelCaseRows` as the handle's plugin it writes
 * the same SQL and gives the same rows as Kysely's CamelCasePlugin, without rebuilding each tree.
 */
export function snakeCaseNames(dialect: Dialect, names: CamelCaseRows): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => dialect.createDriver(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createQueryCompiler: (): QueryCompiler => new SnakeCaseCompiler(names),
  };
}
