// The HTTP API's contract: every request and response schema, written once. The server validates
// with these and generates its OpenAPI document from them; the web app takes its types from them.
export * from './common.js';
export * from './paging.js';
export * from './analysis.js';
export * from './documents.js';
export * from './tracking.js';
export * from './intake.js';
export * from './session.js';
export * from './jobs.js';
export * from './routes.js';
