import {
  ColumnDefinitionNode,
  ColumnNode,
  CreateIndexNode,
  DataTypeNode,
  OperationNodeTransformer,
  OrderByItemNode,
  RawNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';

function isDescending(direction: OrderByItemNode['direction']): boolean {
  return direction !== undefined && RawNode.is(direction) && direction.sqlFragments.join('').trim().toLowerCase() === 'desc';
}

class SqliteSemantics extends OperationNodeTransformer {
  protected override transformColumnDefinition(node: ColumnDefinitionNode): ColumnDefinitionNode {
    const column = super.transformColumnDefinition(node);
    if (!DataTypeNode.is(column.dataType) || column.dataType.dataType !== 'text') return column;
    return { ...column, dataType: RawNode.createWithSql('text collate "C"') };
  }

  protected override transformOrderByItem(node: OrderByItemNode): OrderByItemNode {
    const item = super.transformOrderByItem(node);
    return item.nulls !== undefined ? item : OrderByItemNode.cloneWith(item, { nulls: isDescending(item.direction) ? 'last' : 'first' });
  }

  protected override transformCreateIndex(node: CreateIndexNode): CreateIndexNode {
    const index = super.transformCreateIndex(node);
    if (index.columns === undefined) return index;
    return CreateIndexNode.cloneWith(index, {
      columns: index.columns.map((c) => (ColumnNode.is(c) ? OrderByItemNode.cloneWith(OrderByItemNode.create(c), { nulls: 'first' }) : c)),
    });
  }
}

/**
 * Makes PostgreSQL compare and sort like SQLite, so the store's dialect-neutral queries give the same
 * results on both: every `text` column a table creates compares by code point (collation "C", as SQLite's
 * BINARY, which id prefixes and actor prefixes rely on), and NULL sorts below every value — first in
 * ascending order, last in descending order — in ORDER BY and in the indexes that serve it.
 */
export class SqliteSemanticsPlugin implements KyselyPlugin {
  readonly #transformer = new SqliteSemantics();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}
