/**
 * Bullet list item; consecutive items form a list.
 *
 * ```text
 * - the 76th Guards Airborne Assault Division,
 * ```
 *
 * Grammar: `ListItemLine`. Schemas: `listSchema`, `listItemSchema`.
 *
 * @module
 */
import type { Context } from '../context.js';
import { clean } from '../context.js';
import type { List, ListItem } from '../nodes.js';
import type { RawListItem } from '../raw.js';
import { spanOf } from '../position.js';

/** Builds a {@link ListItem} from its raw line. */
export function buildListItem(raw: RawListItem, ctx: Context): ListItem {
  return { type: 'listItem', marker: raw.marker, value: clean(raw.text.value), position: ctx.pos(raw.start, raw.end) };
}

/** Builds a {@link List} of consecutive items (at least one); it spans them. */
export function buildList(items: ListItem[]): List {
  return { type: 'list', position: spanOf(items), children: items };
}
