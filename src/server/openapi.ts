import { z } from 'zod';
import { apiRoutes, errorResponse, type ApiRoute } from '../core/api/index.js';

/** `/api/documents/:id` → `/api/documents/{id}`, the OpenAPI spelling of a path. */
export const openApiPath = (path: string) => path.replace(/:(\w+)(\{[^}]*\})?/g, '{$1}');

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>;
  return rest;
};
const jsonContent = (schema: z.ZodType) => ({ 'application/json': { schema: schemaOf(schema, 'output') } });
const errorDescriptions: Readonly<Record<number, string>> = {
  400: 'The input is wrong: the message names the field and the reason',
  401: 'No user: sign in or send an API token',
  403: 'The user may not do this',
  404: 'Not found',
  429: 'Too many failed sign-ins: wait',
};

/** The path, query and header parameters of one route. */
function parametersOf(route: ApiRoute) {
  const fields = (schema: z.ZodObject | undefined, where: 'path' | 'query') =>
    Object.entries(schema?.shape ?? {}).map(([name, field]) => {
      const { description, ...fieldSchema } = schemaOf(field as z.ZodType, 'input');
      return {
        name,
        in: where,
        required: where === 'path' || !(field as z.ZodType).safeParse(undefined).success,
        schema: fieldSchema,
        ...(description ? { description } : {}),
      };
    });
  // Only in the local single-user mode; with users, who acts and for which party is the signed-in user's own.
  const headers = route.acts
    ? [
        {
          name: 'X-Puente-User',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description: 'local single-user mode only: who is acting (percent-encoded UTF-8); ignored with users',
        },
        {
          name: 'X-Puente-Party',
          in: 'header',
          required: false,
          schema: { type: 'string' },
          description: 'local single-user mode only: the party (ISO alpha-3) spoken for; ignored with users',
        },
      ]
    : [];
  return [...fields(route.params, 'path'), ...fields(route.query, 'query'), ...headers];
}

/** One route as an OpenAPI operation. */
function operationOf(route: ApiRoute) {
  const ok =
    route.response === 'file'
      ? {
          description: 'The export, as an attachment',
          content: { 'text/csv': { schema: { type: 'string' } }, 'application/json': { schema: {} } },
        }
      : { description: 'OK', content: jsonContent(route.response) };
  const responses: Record<string, unknown> = { 200: ok };
  for (const [status, schema] of Object.entries(route.alsoResponds ?? {}))
    responses[status] = { description: 'OK', content: jsonContent(schema) };
  const errors = [...(route.errors ?? []), ...(route.open ? [] : [401, 403])];
  for (const status of [...new Set(errors)].sort())
    responses[status] = { description: errorDescriptions[status] ?? 'An error', content: jsonContent(errorResponse) };
  const parameters = parametersOf(route);
  return {
    summary: route.summary,
    ...(route.open ? { security: [] } : {}),
    ...(parameters.length ? { parameters } : {}),
    ...(route.body
      ? { requestBody: { required: true, content: { 'application/json': { schema: schemaOf(route.body, 'input') } } } }
      : {}),
    responses,
  };
}

/** Builds the OpenAPI 3.1 document from the API's routes. */
export function buildOpenApiDocument(routes: readonly ApiRoute[] = apiRoutes) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[openApiPath(route.path)] ??= {})[route.method] = operationOf(route);
  return {
    openapi: '3.1.0',
    info: {
      title: 'Puente API',
      version: '0.1.0',
      description:
        "Documents, extraction, and the follow-up of an agreement's commitments. Every item carries the span of text it came from. " +
        'Every route but health, this document and /api/session needs a user: an API token (Authorization: Bearer) or a session cookie, whose writes also carry X-CSRF-Token from GET /api/session. ' +
        "Writes take JSON only (415 otherwise), bodies over the limit get 413, and writes from other sites 403. Roles: admin (users, agreements), assessor (its own party's assessments), reviewer (evidence proposals), observer (reads). " +
        'Lists take limit (default 50, at most 500) and cursor (the nextCursor of the page before), and answer {items, nextCursor, total}.',
    },
    components: {
      securitySchemes: {
        token: { type: 'http', scheme: 'bearer', description: 'An API token from `puente user token NAME`' },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'puente-session',
          description: 'The session cookie POST /api/session sets (__Host-puente-session over HTTPS)',
        },
      },
    },
    security: [{ token: [] }, { session: [] }],
    paths,
  };
}

/** The OpenAPI document served at /api/openapi.json, generated once from the contract. */
export const openApiDocument = buildOpenApiDocument();
