import type {
  KyselyPlugin,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  QueryResult,
  RootOperationNode,
  UnknownRow,
} from "kysely";

/**
 * Counts the statements a Kysely handle sends, at the point each result comes back from the driver
 * (one per round trip), and remembers what kind each was, so a test can assert a route's count.
 */
export class StatementCounter implements KyselyPlugin {
  readonly #kinds = new WeakMap<object, string>();
  /** The kinds of the statements sent since the last reset, in order (SelectQueryNode, RawNode, ...). */
  sent: string[] = [];

  /** Forgets what was counted. */
  reset(): void {
    this.sent = [];
  }

  /** Notes the statement's kind under its query id. */
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    this.#kinds.set(args.queryId, args.node.kind);
    return args.node;
  }

  /** Counts one executed statement (results come back once per statement sent). */
  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    this.sent.push(this.#kinds.get(args.queryId) ?? "unknown");
    return args.result;
  }
}
