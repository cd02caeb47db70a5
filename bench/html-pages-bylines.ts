/**
 * Pages of ../shared/html-pages whose byline, as Readability reads it, is not the article's (another
 * story's byline, a date line, a button's label), with what the page itself says of the article's
 * author, checked by hand in its source.html. The bench scores authors against Readability's bylines
 * and, apart, against these corrections.
 */
export interface BylineCorrection {
  readonly page: string;
  /** The byline Readability reads. */
  readonly readability: string;
  /** The article's author as the page states it; null when it names nobody. */
  readonly article: string | null;
  /** Where the page says so. */
  readonly why: string;
}

export const bylineCorrections: readonly BylineCorrection[] = [
  {
    page: 'herald-sun-1',
    readability: 'JOE HILDEBRAND',
    article: 'Laurie Oakes',
    why: "another story's byline in a list below the article; the article's author meta, its cite.author and the closing line name Laurie Oakes",
  },
  {
    page: 'liberation-1',
    readability: 'Par Sébastien Farcis',
    article: 'AFP',
    why: "the byline of a teaser for another story; the article's itemprop=author is AFP",
  },
  {
    page: 'royal-road',
    readability: 'Follow Author',
    article: 'Sleyca',
    why: "a button's label; the chapter's header reads 'by Sleyca', as does twitter:creator",
  },
  {
    page: 'salon-1',
    readability: 'Joanna Rothkopf',
    article: 'Richard (R.J.) Eskow',
    why: "the byline of a story in the list at the top; the article's rel=author link and the page's tracking data name Richard (R.J.) Eskow",
  },
  {
    page: 'seattletimes-1',
    readability: 'April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm',
    article: 'Benjamin Romano',
    why: 'the date line taken for the byline; itemprop=author names Benjamin Romano',
  },
  {
    page: 'spiceworks',
    readability: 'Last Updated: January 7, 2025',
    article: null,
    why: "the date line taken for the byline; the page names no author (its JSON-LD author's name is empty)",
  },
];
