// The traffic model from an OpenAPI 3 document: every operation an endpoint, its path and required
// query parameters drawn from their schemas (an integer in its range, a UUID, one of an enum), its
// JSON body the spec's example or one built from its schema. A spec says what a service accepts,
// not how often each operation is called: the weights are equal, and the output says so. Pure.

import { parse } from 'yaml';

export class OpenApiError extends Error {}

type Schema = Record<string, unknown>;

export interface OpenApiEndpoint {
  name: string;
  method: string;
  path: string;
  json?: unknown;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'];

/** fromOpenApi: the spec's operations as endpoints (templates in their paths and bodies), with the notes a person should read. */
export function fromOpenApi(text: string, file: string): { endpoints: OpenApiEndpoint[]; notes: string[] } {
  let spec: Schema;
  try {
    spec = parse(text) as Schema;
  } catch (error) {
    throw new OpenApiError(`${file}: not YAML or JSON: ${(error as Error).message.split('\n')[0]}`);
  }
  const version = String(spec?.openapi ?? '');
  if (!/^3\./.test(version)) throw new OpenApiError(`${file}: expected an OpenAPI 3 document ("openapi: 3.x"), got ${spec?.swagger ? `Swagger ${String(spec.swagger)}` : version ? `openapi ${version}` : 'no openapi version'}`);
  const paths = (spec.paths ?? {}) as Record<string, Schema>;
  // A server URL's path (https://api.example.com/v1) is part of every operation's path.
  const servers = (spec.servers ?? []) as Array<{ url?: string }>;
  const basePath = servers[0]?.url ? new URL(servers[0].url, 'http://base').pathname.replace(/\/+$/, '') : '';
  const resolve = (schema: unknown, depth = 0): Schema => {
    let s = (schema ?? {}) as Schema;
    for (let hops = 0; typeof s.$ref === 'string' && hops < 20; hops++) {
      const ref = s.$ref as string;
      if (!ref.startsWith('#/')) throw new OpenApiError(`${file}: ${ref}: only references inside the document (#/components/…) are read`);
      s = ref.slice(2).split('/').reduce<unknown>((node, key) => (node as Schema | undefined)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], spec) as Schema;
      if (!s) throw new OpenApiError(`${file}: ${ref} points at nothing`);
    }
    return depth > 8 ? {} : s;
  };
  const endpoints: OpenApiEndpoint[] = [];
  const notes: string[] = [];
  let skipped = 0;
  for (const [path, item] of Object.entries(paths)) {
    const shared = (item.parameters ?? []) as unknown[];
    for (const method of METHODS) {
      const op = item[method] as Schema | undefined;
      if (!op) continue;
      const parameters = [...shared, ...((op.parameters ?? []) as unknown[])].map((p) => resolve(p));
      let templated = path;
      let missing = false;
      for (const p of parameters.filter((p) => p.in === 'path')) {
        const value = valueOf(resolve(p.schema), resolve, p.example);
        if (value === undefined) missing = true;
        templated = templated.split(`{${String(p.name)}}`).join(asTemplateText(value));
      }
      if (missing || /\{[^{}]+\}/.test(templated.replace(/\{\{.*?\}\}/g, ''))) {
        skipped++;
        continue;
      }
      const query = parameters.filter((p) => p.in === 'query' && p.required === true).map((p) => `${encodeURIComponent(String(p.name))}=${asTemplateText(valueOf(resolve(p.schema), resolve, p.example))}`);
      const body = resolve(op.requestBody);
      const content = (body.content ?? {}) as Record<string, Schema>;
      const jsonType = Object.keys(content).find((t) => /json/i.test(t));
      const media = jsonType ? content[jsonType] : undefined;
      const example = media ? (media.example ?? firstExample(media.examples, resolve) ?? bodyOf(resolve(media.schema), resolve, 0)) : undefined;
      endpoints.push({
        name: `${method.toUpperCase()} ${basePath}${path}`,
        method: method.toUpperCase(),
        path: `${basePath}${templated}${query.length ? `?${query.join('&')}` : ''}`,
        ...(example !== undefined ? { json: example } : {}),
      });
    }
  }
  if (endpoints.length === 0) throw new OpenApiError(`${file}: no operations under paths`);
  notes.push(`${endpoints.length} operations from ${file}, in equal shares: a spec says what the service accepts, not how often each is called (model from access logs or Prometheus for production's mix)`);
  if (skipped > 0) notes.push(`${skipped} operation${skipped === 1 ? '' : 's'} left out: a path parameter with no schema to draw a value from`);
  return { endpoints, notes };
}

/** valueOf: a template (or literal) for one value of a schema: an example, an enum, a range, a format. */
function valueOf(schema: Schema, resolve: (s: unknown) => Schema, example?: unknown): unknown {
  if (example !== undefined) return example;
  if (schema.example !== undefined) return schema.example;
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return `{{ randomItem([${schema.enum.map((v) => (typeof v === 'number' ? String(v) : JSON.stringify(String(v)))).join(', ')}]) }}`;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') {
    const min = Number.isInteger(schema.minimum) ? (schema.minimum as number) : 1;
    const max = Number.isInteger(schema.maximum) ? (schema.maximum as number) : Math.max(min, 100000);
    return `{{ randomInt(${min}, ${max}) }}`;
  }
  if (type === 'boolean') return true;
  if (type === 'string' || type === undefined) {
    if (schema.format === 'uuid') return '{{ uuid() }}';
    if (schema.format === 'date-time') return '{{ isoNow() }}';
    if (schema.format === 'email') return 'user{{ seq() }}@example.test';
    const length = Math.min(Math.max(Number(schema.minLength) || 8, 1), Math.min(Number(schema.maxLength) || 8, 64));
    return type === undefined && schema.properties === undefined ? undefined : `{{ randomString(${Math.max(1, length)}) }}`;
  }
  void resolve;
  return undefined;
}

/** bodyOf: an example JSON body from a schema: objects with their properties, arrays of one item. */
function bodyOf(schema: Schema, resolve: (s: unknown, depth?: number) => Schema, depth: number): unknown {
  if (depth > 6) return null;
  if (schema.example !== undefined) return schema.example;
  const all = (schema.allOf ?? schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (Array.isArray(all) && all.length > 0) {
    const parts = (schema.allOf ? all : [all[0]]).map((s) => bodyOf(resolve(s, depth + 1), resolve, depth + 1));
    return parts.every((p) => p !== null && typeof p === 'object' && !Array.isArray(p)) ? Object.assign({}, ...parts) : parts[0];
  }
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    const props = (schema.properties ?? {}) as Record<string, unknown>;
    return Object.fromEntries(Object.entries(props).filter(([, s]) => !resolve(s, depth + 1).readOnly).map(([k, s]) => [k, bodyOf(resolve(s, depth + 1), resolve, depth + 1)]));
  }
  if (type === 'array') return [bodyOf(resolve(schema.items, depth + 1), resolve, depth + 1)];
  return valueOf(schema, resolve) ?? null;
}

function firstExample(examples: unknown, resolve: (s: unknown) => Schema): unknown {
  if (!examples || typeof examples !== 'object') return undefined;
  const first = Object.values(examples as Record<string, unknown>)[0];
  return first === undefined ? undefined : resolve(first).value;
}

/** asTemplateText: a value as path or query text (a template stays a template). */
function asTemplateText(value: unknown): string {
  return typeof value === 'string' ? (value.includes('{{') ? value : encodeURIComponent(value)) : encodeURIComponent(String(value));
}
