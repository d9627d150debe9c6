import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { LightMyRequestResponse } from 'fastify';

type Json = Record<string, unknown>;

interface ResponseObject {
  content?: Record<string, { schema: unknown }>;
  headers?: Record<string, unknown>;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { responses: Record<string, ResponseObject> } & Json>>;
  components: Json;
  [key: string]: unknown;
}

const pointer = (...parts: string[]) =>
  parts.map((p) => encodeURIComponent(p.replaceAll('~', '~0').replaceAll('/', '~1'))).join('/');

/**
 * Checks real answers against the API document: the status must be documented for the
 * operation, the content type must be one it lists, and the body must match its schema
 * (JSON Schema 2020-12, formats included) and carry the headers it promises.
 */
export function openApiValidator(document: OpenApiDocument) {
  // Not strict: the document's own members (info, paths…) sit around the schemas.
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(document, 'openapi');
  const templates = Object.keys(document.paths).map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
  }));

  function templateOf(url: string): string {
    const path = url.split('?')[0] ?? url;
    const found = templates.find((t) => t.pattern.test(path));
    if (!found) throw new Error(`${path} is not in the API document`);
    return found.template;
  }

  /** Problems with `response` as an answer to `method url`; empty when it is documented. */
  function problemsWith(method: string, url: string, response: LightMyRequestResponse): string[] {
    const template = templateOf(url);
    const where = `${method} ${template} ${response.statusCode}`;
    const operation = document.paths[template]?.[method.toLowerCase()];
    if (!operation) return [`${method} ${template} is not documented`];
    const documented = operation.responses[String(response.statusCode)];
    if (!documented) return [`${where} is not documented (body: ${response.body})`];
    const problems: string[] = [];
    for (const header of Object.keys(documented.headers ?? {})) {
      if (response.headers[header.toLowerCase()] === undefined) {
        problems.push(`${where}: the ${header} header is missing`);
      }
    }
    if (!documented.content) {
      if (response.body !== '') problems.push(`${where}: a body where none is documented`);
      return problems;
    }
    const type = String(response.headers['content-type'] ?? '').split(';')[0] ?? '';
    if (!documented.content[type]) {
      return [...problems, `${where}: ${type} is not one of ${Object.keys(documented.content)}`];
    }
    // Streams and documents (a calendar, a printable page) are text, not JSON to match.
    if (!type.endsWith('json')) return problems;
    const ref = `openapi#/${pointer('paths', template, method.toLowerCase(), 'responses', String(response.statusCode), 'content', type, 'schema')}`;
    const validate = ajv.getSchema(ref);
    if (!validate) return [...problems, `${where}: no schema at ${ref}`];
    if (!validate(JSON.parse(response.body))) {
      problems.push(`${where}: ${ajv.errorsText(validate.errors)} in ${response.body}`);
    }
    return problems;
  }

  return { problemsWith, templateOf };
}
