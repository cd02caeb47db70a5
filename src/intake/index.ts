/**
 * Intake from the web: fetching pages and feeds safely, and reading them into documents. May import
 * core, text and readers; the services decide what to store.
 */
export { HostPolicy, normalizeHost, restrictedRange } from './addresses.js';
export { defaultFetchOptions, fetchUrl, parseWebUrl, sizeOf, type FetchOptions, type Fetched } from './fetch.js';
export { FULL_TEXT_WORDS, isFeed, isFullText, parseFeed, type Feed, type FeedContent, type FeedItem } from './feed.js';
export { feedDate } from './feed-dates.js';
export { documentFromItem, itemLocator, itemSource, pageWithItemMetadata } from './feed-items.js';
export { documentAt, readResource, siteOfUrl, type ReadResource } from './resource.js';
