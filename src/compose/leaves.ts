import type { Caption, Dateline, Elision, ListItem, PhotoCounter, SourceLink } from '../nodes.js';
import type { RawLine } from '../raw.js';
import { buildCaption } from '../constructs/caption.js';
import { buildDateline } from '../constructs/dateline.js';
import { buildElision } from '../constructs/elision.js';
import { buildListItem } from '../constructs/list.js';
import { buildPhotoCounter } from '../constructs/photo-counter.js';
import { buildSourceLink } from '../constructs/source-link.js';
import type { Context } from '../context.js';

/** A node built from one line on its own, whatever the context. @internal */
export type LineLeaf = Caption | Dateline | Elision | ListItem | PhotoCounter | SourceLink;

/**
 * Builds the nodes of a line whose meaning does not depend on context
 * (counters, captions, datelines, links, elisions, list items), or returns
 * `undefined` for the others. @internal
 */
export function buildLineLeaves(raw: RawLine, ctx: Context): LineLeaf[] | undefined {
  switch (raw.type) {
    case 'photoCounter':
      return buildPhotoCounter(raw, ctx);
    case 'caption':
      return [buildCaption(raw, ctx)];
    case 'dateline':
      return [buildDateline(raw, ctx)];
    case 'sourceLink':
      return [buildSourceLink(raw, ctx)];
    case 'elision':
      return [buildElision(raw, ctx)];
    case 'listItem':
      return [buildListItem(raw, ctx)];
    default:
      return undefined;
  }
}
