import { describe, expect, it } from 'vitest';
import { parse } from '../../src/index.js';
import { nodesOfType } from '../helpers.js';
import lexicon from '../../src/lexicon.json' with { type: 'json' };

const ARTICLE = [
  'Titre de l’article', '', 'Titre de l’article', 'Suivez RT France surTelegram', '',
  'Vladimir Poutine est arrivé ce 19 décembre à Minsk.', '', 'Un titre lié sans point', '', 'Autre paragraphe.', '',
  'Raconter l\'actualité', '', 'En cliquant sur "Tout Accepter" vous consentez.', '', 'OK',
].join('\n');

describe('boilerplate (article chrome)', () => {
  const { tree } = parse(ARTICLE);

  it('reads an article: title, text and chrome apart', () => {
    expect(tree.kind).toBe('article');
    expect(tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type))).toEqual([
      'title', 'repeatedTitle', 'followLine', 'paragraph', 'relatedHeadline', 'paragraph', 'slogan', 'cookieBanner', 'cookieBanner',
    ]);
  });

  it('keeps the relative date with the parts it knows', () => {
    expect(tree.when).toEqual({ raw: '19 décembre', month: 12, day: 19, precision: 'month-day' });
  });

  it('knows the repeated title whatever its apostrophes, spaces and normal form', () => {
    const kinds = (first: string, again: string): string[] =>
      parse([first, again, 'Suivez RT France surTelegram', '', 'Texte.'].join('\n')).tree.children.map((c) =>
        c.type === 'boilerplate' ? c.kind : c.type,
      );
    const expected = ['title', 'repeatedTitle', 'followLine', 'paragraph'];
    expect(kinds("L'Union et l’énergie", 'L’Union et l\'énergie')).toEqual(expected); // mixed apostrophes
    expect(kinds('Titre de l’été', 'Titre de l’été'.normalize('NFD'))).toEqual(expected);
    expect(kinds('Titre\u00a0court', 'Titre court')).toEqual(expected);
    expect(kinds('Titre de l’été'.normalize('NFD'), 'Titre de l’été')).toEqual(expected);
    expect(kinds('Titre  de\tl’été', 'Titre de\u2009l’été')).toEqual(expected); // any run of spaces is one
    expect(kinds('Titre – «\u00a0guillemets\u00a0» …', 'Titre – « guillemets » …')).toEqual(expected);
    // Another line is not the title, nor one that holds it and more, nor a part of it.
    const other = ['title', 'paragraph', 'followLine', 'paragraph'];
    expect(kinds('Titre de l’été', 'Titre de l’hiver')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre de l’été 2024')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre de l’')).toEqual(other);
    expect(kinds('Titre de l’été', 'Titre dé l’ete')).toEqual(other);
  });

  it('keeps every line after a cookie banner starts as the banner', () => {
    expect(nodesOfType(tree, 'boilerplate').filter((b) => b.kind === 'cookieBanner').map((b) => b.value)).toEqual([
      'En cliquant sur "Tout Accepter" vous consentez.',
      'OK',
    ]);
  });
});

describe('boilerplate: chrome words read through invisibles (issue 12)', () => {
  const kinds = (text: string): string[] => parse(text).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
  const doc = (chrome: string): string => `Titre\n\nTexte.\n\n${chrome}\n`;

  it('a SOFT HYPHEN or ZERO WIDTH SPACE inside a chrome word leaves the line chrome', () => {
    expect(kinds(doc('Sui\u00ADvez RT France surTelegram'))).toEqual(['title', 'paragraph', 'followLine']);
    expect(kinds(doc('Suivez RT France s\u200Bur Telegram'))).toEqual(['title', 'paragraph', 'followLine']);
    expect(kinds(doc('Tout Ac\u200Bcepter'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('En cli\u00ADquant sur « OK »'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('RT France uti\u2060lise des coo\u200Ckies'))).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds(doc('Ra\u00ADconter l’ac\u200Dtualité'))).toEqual(['title', 'paragraph', 'slogan']);
    // The value keeps the invisibles as written.
    expect(nodesOfType(parse(doc('Tout Ac\u200Bcepter')).tree, 'boilerplate')[0]?.value).toBe('Tout Ac\u200Bcepter');
  });

  it('compares whole words: `Tout Acceptera` and `Suivezmoi` are no chrome', () => {
    expect(kinds(doc('Tout Accepter'))).toContain('cookieBanner');
    expect(kinds(doc('Tout Acceptera'))).not.toContain('cookieBanner');
    expect(kinds(doc('Suivezmoi sur Telegram'))).not.toContain('followLine');
  });
});

describe('boilerplate: the chrome of any site, by its shape and where it stands', () => {
  const kinds = (...lines: string[]): string[] => parse(lines.join('\n')).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type));
  const BODY = 'Les présidents ont signé vendredi un traité sur les garanties de sécurité mutuelles.';

  it('follow and share lines open with a call of the lexicon and are short', () => {
    expect(kinds('Titre', BODY, 'Suivez-nous sur Telegram', 'Abonnez-vous à notre chaîne', 'Partager sur Facebook Partager sur X Copier le lien', 'Imprimer')).toEqual([
      'title', 'paragraph', 'followLine', 'followLine', 'shareLine', 'shareLine',
    ]);
    // A tag or a sentence that opens with a noun of the same family is text.
    expect(kinds('Titre', BODY, 'Partage des eaux', 'Share of exports grew by five percent.')).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
    // A sentence of the text that opens with the same verb is longer.
    expect(kinds('Titre', BODY, 'Suivez le regard du président et vous verrez les drapeaux des deux pays flotter au vent de la place.')).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it.each([...lexicon.chrome.follow.map((w) => [w, 'followLine']), ...lexicon.chrome.share.map((w) => [w, 'shareLine'])])(
    'every call of the lexicon opens a chrome line, capitalized or not: `%s` (%s)',
    (word, kind) => {
      const cap = word.charAt(0).toUpperCase() + word.slice(1);
      expect(kinds('Titre', BODY, `${cap} sur Telegram`, `${word} sur X`)).toEqual(['title', 'paragraph', kind, kind]);
    },
  );

  it.each(lexicon.chrome.consentPhrases)('every consent phrase of the lexicon opens a cookie banner: `%s`', (phrase) => {
    const cap = phrase.charAt(0).toUpperCase() + phrase.slice(1);
    expect(parse(`${cap} et la suite`).tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type))).toEqual(['cookieBanner']);
  });

  it('a related article’s headline opens with its label, then a colon, a dash or the end', () => {
    expect(kinds('Titre', BODY, 'Lire aussi : La Biélorussie accueille des armes', 'Lire aussi:', 'Voir aussi – Le sommet de Kazan', 'Read more')).toEqual([
      'title', 'paragraph', 'relatedHeadline', 'relatedHeadline', 'relatedHeadline', 'relatedHeadline',
    ]);
    expect(kinds('Titre', BODY, 'Lire aussitôt les déclarations du président.', 'Voir aussi les photos de la rencontre à Minsk.')).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a related article’s label may run into its headline when the headline is capitalized (`Lire la suite Guerre …`)', () => {
    expect(kinds('Titre', BODY, 'Lire la suite Guerre Russie-Ukraine : la Russie va renforcer ses troupes', 'Lire aussi Poutine reçoit Loukachenko')).toEqual([
      'title', 'paragraph', 'relatedHeadline', 'relatedHeadline',
    ]);
    expect(kinds('Titre', BODY, 'Lire la suite de la déclaration du président russe.')).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('`Related Posts:`, a blog’s list of related articles, is a related headline, not a speaker turn with no text', () => {
    expect(kinds('Titre', BODY, 'Related Posts:', 'Related Articles', 'Articles connexes :')).toEqual(['title', 'paragraph', 'relatedHeadline', 'relatedHeadline', 'relatedHeadline']);
  });

  it('reads every chrome alike with a ZERO WIDTH SPACE after each run of spaces, or a SOFT HYPHEN inside its words (fuzz)', () => {
    const long = `Nous utilisons des cookies ${'et des traceurs publicitaires '.repeat(12)}pour mesurer l’audience.`;
    const page = ['Accueil > Monde > Europe', 'Titre', 'Par Jean Dupont', BODY, '12 480', 'Lire aussi : La suite', 'Partager sur Facebook', 'Cet article est réservé aux abonnés.', BODY, long, 'OK'];
    const expected = ['breadcrumb', 'title', 'byline', 'paragraph', 'viewCounter', 'relatedHeadline', 'shareLine', 'paywall', 'paragraph', 'cookieBanner', 'cookieBanner'];
    expect(kinds(...page)).toEqual(expected);
    expect(kinds(...page.map((l) => l.replace(/( +)/g, '$1\u200B')))).toEqual(expected);
    expect(kinds(...page.map((l) => l.replace(/(\p{L}{2})(\p{L}{2,})/gu, '$1\u00AD$2')))).toEqual(expected);
    // A word glued to another stays inside it whatever invisible stands at the seam (fuzz, invisibles).
    expect(kinds('Titre', BODY, 'RT France utilise des 1ercookies.')).toEqual(['title', 'paragraph', 'paragraph']);
    expect(kinds('Titre', BODY, 'RT France utilise des 1er\u00ADcookies.')).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('the text’s last line, cut mid-sentence by the scrape, is no related headline', () => {
    const lines = ['Titre', '', BODY, '', 'Un titre lié sans point', '', BODY, '', 'Cela veut dire que les racines de nos relations sont'];
    expect(kinds(...lines)).toEqual(['title', 'paragraph', 'relatedHeadline', 'paragraph', 'paragraph']);
  });

  it('a byline is `Par` or `By` and names alone', () => {
    expect(kinds('Titre', 'Par Jean Dupont', BODY, 'par LePointActu', 'By Andrew Osborn and Guy Faulconbridge')).toEqual(['title', 'byline', 'paragraph', 'byline', 'byline']);
    expect(kinds('Titre', BODY, 'Par ailleurs, la Biélorussie accueille des armes.', 'Par Jean Dupont, qui a vu la scène.')).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
    // The joins read through invisibles, as the names do (`av\u00ADec`).
    expect(kinds('Titre', 'Par Le Figaro av\u00ADec AFP', BODY)).toEqual(['title', 'byline', 'paragraph']);
  });

  it('a byline may end with a dash or a bar and a few words: its date, its source', () => {
    expect(kinds('Titre', 'Par Jean Dupont – 14 juin 2024', 'By Andrew Osborn | Reuters', 'Par Vladimir Poutine – Le 14 juin 2024 – Source Kremlin', BODY)).toEqual(['title', 'byline', 'byline', 'byline', 'paragraph']);
    // Twelve words or more after the dash are a sentence.
    expect(kinds('Titre', BODY, 'Par Jean Dupont – une phrase qui continue avec beaucoup de mots et encore bien plus de mots')).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('the page’s path above the title, not below it', () => {
    expect(kinds('Accueil > Monde > Europe', 'Titre', BODY)).toEqual(['breadcrumb', 'title', 'paragraph']);
    expect(kinds('Actualités › International', 'Titre', BODY)).toEqual(['breadcrumb', 'title', 'paragraph']);
    // Two parts around a slash make a title; a path below the title is text.
    expect(kinds('Russie / Biélorussie', BODY)).toEqual(['title', 'paragraph']);
    expect(kinds('Titre', 'Accueil > Monde', BODY)).toEqual(['title', 'paragraph', 'paragraph']);
    // A part holding a colon, of any kind, is no part of a path (fuzz, fullwidthColon).
    expect(kinds('Titre > :', BODY)).toEqual(kinds('Titre > \uFF1A', BODY));
    expect(kinds('Accueil > Monde \uFF1A la suite', BODY)).toEqual(['title', 'paragraph']);
  });

  it('view counters: digits alone', () => {
    expect(kinds('Titre', '0', '3355', '12 480', BODY, '2 fois')).toEqual(['title', 'viewCounter', 'viewCounter', 'viewCounter', 'paragraph', 'paragraph']);
  });

  it('view counters: a number and what the page counts of its readers (comments, shares, views, minutes of reading), not numbered captions', () => {
    expect(kinds('Titre', '12 Commentaires', '3 Partages', '2 Comments', '1 204 vues', '33 Min de lecture', '4 min read', BODY)).toEqual([
      'title', 'viewCounter', 'viewCounter', 'viewCounter', 'viewCounter', 'viewCounter', 'viewCounter', 'paragraph',
    ]);
    // In NFD and through invisibles, as every chrome word.
    expect(kinds('Titre', '5 R\u00E9actions'.normalize('NFD'), '7 Com\u00ADments', BODY)).toEqual(['title', 'viewCounter', 'viewCounter', 'paragraph']);
    // A caption's words say what the photo shows: `Vues` then more words stays a caption.
    const { tree } = parse(['Titre', '', '2 Vues de Moscou depuis le Kremlin', '', BODY].join('\n'));
    expect(nodesOfType(tree, 'caption').map((c) => c.number)).toEqual([2]);
  });

  it('a copyright notice: the sign or the word, then a year (a footer); a credit names its photographer or agency after the sign', () => {
    const text = [
      'Poutine à Minsk', '', 'Le président russe est arrivé à Minsk ce jeudi pour deux jours de visite officielle.', '',
      'Tags: Meetings', '© 2020, The Press Service of the President of the Republic of Belarus', '',
      'Copyright © 2024 Sputnik. Tous droits réservés.', '', '© 2005–2024 RT', '', '(c) 2023 Le Monde',
    ].join('\n');
    const { tree } = parse(text);
    expect(tree.children.map((c) => (c.type === 'boilerplate' ? c.kind : c.type))).toEqual([
      'title', 'paragraph', 'paragraph', 'copyright', 'copyright', 'copyright', 'copyright',
    ]);
    // `Tags: Meetings` above the notice is no photo's caption.
    expect(nodesOfType(tree, 'caption')).toEqual([]);
    // A photo's credit after the sign stays one.
    const credited = parse('Poutine à Sotchi\n\nLe président russe a skié à Sotchi ce samedi avec son homologue biélorusse.\n\nVladimir Poutine sur les pistes de ski\n© Sputnik . Mikhaïl Klimentiev').tree;
    expect(nodesOfType(credited, 'caption').map((c) => c.text)).toContain('Vladimir Poutine sur les pistes de ski');
  });

  it('subscription prompts hold a subscription word and a reading word, and are short', () => {
    expect(kinds('Titre', BODY, 'Cet article est réservé aux abonnés.', 'Déjà abonné ? Se connecter')).toEqual(['title', 'paragraph', 'paywall', 'paywall']);
    expect(kinds('Titre', BODY, 'Le réseau compte deux millions d’abonnés.')).toEqual(['title', 'paragraph', 'paragraph']);
  });

  it('a cookie banner starts at a line holding `cookies` and goes on over its buttons and its text about consent', () => {
    expect(kinds('Titre', BODY, 'Nous utilisons des cookies pour améliorer votre expérience.', 'OK', 'Vous pouvez modifier vos choix et refuser à tout moment via la page dédiée.', BODY)).toEqual([
      'title', 'paragraph', 'cookieBanner', 'cookieBanner', 'cookieBanner', 'paragraph',
    ]);
    // Its words are read through invisibles and in NFD, as every chrome word.
    expect(kinds('Titre', BODY, 'Ce site utilise des coo\u200Bkies.')).toEqual(['title', 'paragraph', 'cookieBanner']);
    expect(kinds('Titre', BODY, 'Cet article est réservé aux abonnés.'.normalize('NFD'), 'Déjà abon\u00ADné ? Se connecter')).toEqual(['title', 'paragraph', 'paywall', 'paywall']);
    // At the top of the page the banner ends where the text starts, and the title follows it.
    expect(kinds('Ce site utilise des cookies.', 'Accepter', 'Titre', BODY)).toEqual(['cookieBanner', 'cookieBanner', 'title', 'paragraph']);
  });

  it('a line printed twice in a row is chrome the second time; the first line so printed is the title, whatever its end', () => {
    expect(kinds('Titre', BODY, BODY, 'Autre phrase du texte, assez longue pour en être une.')).toEqual(['title', 'paragraph', 'repeatedLine', 'paragraph']);
    expect(kinds('Les annonces du jour, en bref.', 'Les annonces du jour, en bref.', BODY)).toEqual(['title', 'repeatedTitle', 'paragraph']);
    expect(kinds('Les annonces du jour, en bref.', BODY)).toEqual(['paragraph', 'paragraph']);
    // Not in a row: both are text.
    expect(kinds('Titre', BODY, 'Autre phrase du texte, assez longue pour en être une.', BODY)).toEqual(['title', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('a text of chrome alone is an article: a cookie banner or a byline is a news page’s', () => {
    expect(parse('Titre\n\nNous utilisons des cookies.\n').tree.kind).toBe('article');
    expect(parse('Titre\n\nPar Jean Dupont\n').tree.kind).toBe('article');
    expect(parse('Titre\n\n3355\n').tree.kind).toBe('unknown');
  });
});
