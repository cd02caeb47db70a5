import type { FurnitureLexicon } from '../furniture-lexicon.js';

/** English page furniture: the calls to action and widget names that sites put around articles. */
export const furniture: FurnitureLexicon = {
  // A line that is one of these, or starts with one and goes on with a linking word, is a prompt.
  prompts: [
    'share', 'share this', 'share this article', 'share this story', 'share on', 'tweet', 'email', 'print',
    'register', 'sign up', 'sign in', 'log in', 'login', 'subscribe', 'subscribe now', 'join now', 'join us',
    'read more', 'read on', 'read next', 'read the full story', 'continue reading', 'keep reading', 'see more',
    'show more', 'load more', 'view comments', 'comments', 'leave a comment', 'add a comment', 'click here',
    'follow us', 'like us', 'download the app', 'get the app', 'listen to this article', 'listen', 'watch',
    'skip to content', 'skip to main content', 'back to top', 'advertisement', 'sponsored', 'sponsored content',
    'newsletter', 'get our newsletter', 'cookie settings', 'accept cookies', 'we use cookies', 'privacy policy',
    'terms of use', 'terms of service', 'all rights reserved', 'copyright', 'contact us', 'about us',
    'related', 'related articles', 'related stories', 'related coverage', 'more on this story', 'more from',
    'recommended', 'recommended for you', 'you may also like', 'you might also like', 'most read',
    'most popular', 'trending', 'trending now', 'editor\'s picks', 'top stories', 'latest news', 'more stories',
    'free trial', 'start your free trial', 'already a subscriber', 'unlock this article', 'menu', 'search',
  ],
  // Words that may follow a prompt phrase on the same line ("Register to…", "Sign up for…").
  links: ['to', 'for', 'now', 'on', 'with', 'this', 'here', 'our', 'your', 'and', 'today', 'free', 'via', 'the', 'a', 'more', 'at', 'in', 'from'],
  // Words that may stand before a prompt ("Now read on…", "Please register").
  leads: ['now', 'please', 'click here to', 'tap here to', 'or', 'and', 'then', 'also'],
  // Headings of lists of other articles; the headlines under them are furniture too.
  listHeadings: [
    'related', 'related articles', 'related stories', 'related coverage', 'more on this story', 'more from',
    'recommended', 'recommended for you', 'you may also like', 'you might also like', 'most read',
    'most popular', 'trending', 'trending now', 'top stories', 'latest news', 'more stories', 'read more', 'read next',
    'editor\'s picks', 'further reading', 'see also',
  ],
  // Names of page widgets, which appear alone or side by side in menus.
  widgets: [
    'weather', 'markets', 'live', 'stocks', 'horoscope', 'traffic', 'scores', 'video', 'videos',
    'podcasts', 'podcast', 'home', 'news', 'sections', 'opinion', 'sports', 'business', 'world', 'lifestyle',
    'entertainment', 'games', 'crossword', 'photos', 'gallery', 'image', 'photo', 'logo', 'icon',
  ],
  bylineCues: ['by', 'written by', 'reporting by', 'words by'],
  datelineCues: ['report', 'published', 'updated', 'posted', 'last updated', 'published on', 'updated on'],
  deskWords: ['staff', 'newsroom', 'desk', 'editors', 'editorial', 'wire', 'wires', 'agencies', 'reporters', 'team', 'correspondents'],
  noticeWords: ['cookie', 'cookies', 'newsletter', 'newsletters', 'paywall', 'subscribers'],
};
