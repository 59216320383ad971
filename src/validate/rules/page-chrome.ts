/**
 * Rule `page-chrome`: page chrome left in the text — follow and share
 * lines, the site's slogan, a repeated title or line, related-article
 * headlines, bylines, the page's path, view counters, subscription prompts,
 * cookie banners — is pointed out, as information.
 *
 * ```text
 * Suivez RT France surTelegram
 * En cliquant sur "Tout Accepter" vous consentez au traitement par RT France …
 * ```
 *
 * @module
 */
import type { Boilerplate, BoilerplateKind } from '../../nodes.js';
import type { Finding, Rule } from '../types.js';
import { leaves, quote } from '../walk.js';

const EXAMPLE = [
  'Poutine souligne l’importance de l’union avec la Biélorussie',
  '',
  'Poutine souligne l’importance de l’union avec la Biélorussie',
  'Suivez RT France surTelegram',
  '',
  'Vladimir Poutine et Alexandre Loukachenko se sont retrouvés ce 19 décembre à Minsk.',
  '',
  'En cliquant sur "Tout Accepter" vous consentez au traitement par RT France de certaines données personnelles.',
  '',
  'OK',
  '',
].join('\n');

const NAMES: Record<BoilerplateKind, string> = {
  cookieBanner: 'a cookie-consent banner',
  followLine: 'a “follow us” line',
  slogan: 'the site’s slogan',
  repeatedTitle: 'the title repeated',
  relatedHeadline: 'the headline of a related article',
  shareLine: 'a share line',
  byline: 'a byline',
  breadcrumb: 'the page’s path (breadcrumb)',
  viewCounter: 'a view or share counter',
  paywall: 'a subscription prompt',
  repeatedLine: 'a line printed twice',
  copyright: 'the page’s copyright notice',
};

/** See the module comment. */
export const pageChrome: Rule = {
  id: 'page-chrome',
  defaultSeverity: 'info',
  description: 'Page chrome left in the text (follow and share lines, slogan, repeated title or lines, related headlines, bylines, breadcrumbs, view counters, subscription prompts, cookie banners, copyright notices) is pointed out.',
  docs: {
    details: [
      'The parser keeps page chrome apart from the text as `boilerplate` nodes; this rule reports each one so that a scrape can be cleaned before it is archived. It is information, not a fault of the document: the article sample carries five of its kinds.',
      'The lines of one cookie banner (from its first line over its buttons and its text about consent, as the parser reads it) are reported once, over their whole span.',
    ].join('\n\n'),
    example: EXAMPLE,
  },
  check({ tree }) {
    const out: Finding[] = [];
    let banner: { first: Boilerplate; last: Boilerplate; lines: number } | undefined;
    const flush = (): void => {
      if (!banner) return;
      const { first, last, lines } = banner;
      const span = lines > 1 ? ` (${lines} lines, from line ${first.position.start.line} to ${last.position.end.line})` : '';
      out.push({
        message: `Expected only the document’s text, found ${NAMES.cookieBanner}${span} starting ${quote(first.value)}.`,
        position: { start: first.position.start, end: last.position.end },
      });
      banner = undefined;
    };
    for (const node of leaves(tree)) {
      if (node.type === 'boilerplate' && node.kind === 'cookieBanner') {
        if (banner) {
          banner.last = node;
          banner.lines++;
        } else banner = { first: node, last: node, lines: 1 };
        continue;
      }
      flush();
      if (node.type === 'boilerplate') {
        out.push({ message: `Expected only the document’s text, found ${NAMES[node.kind]}: ${quote(node.value)}.`, position: node.position });
      }
    }
    flush();
    return out;
  },
};
