// Values a careless or malicious host page might hand to the SDK or an element. Shared by the
// SDK's property tests and the elements' hostile-input browser tests.
import fc from 'fast-check';

/** Set by any markup below that manages to execute; must stay undefined. */
export const pwnedFlag = '__stegvisPwned';

/** Markup and URLs that would run script if anything rendered them as HTML or followed them. */
export const injectionStrings: readonly string[] = [
  `<script>window.${pwnedFlag}=1</script>`,
  `<img src=x onerror="window.${pwnedFlag}=1">`,
  `<svg onload="window.${pwnedFlag}=1"></svg>`,
  `"><img src=x onerror=window.${pwnedFlag}=1>`,
  `javascript:window.${pwnedFlag}=1`,
  `JaVaScRiPt:window.${pwnedFlag}=1`,
  `<a href="javascript:window.${pwnedFlag}=1">klicka</a>`,
  `<iframe srcdoc="<script>parent.${pwnedFlag}=1</script>"></iframe>`,
  `<style>*{display:none!important}</style>`,
  `{{constructor.constructor('window.${pwnedFlag}=1')()}}`,
  '${window.__stegvisPwned=1}',
  '<!--',
  ']]>',
  '</steg-radar><script>alert(1)</script>',
];

/** Text that is legal but hard to lay out or read: bidi overrides, zero-width, huge, odd scripts. */
export const awkwardStrings: readonly string[] = [
  '\u202Eevil\u202C',
  '\u2066isolate\u2069 \u202Dforced ltr\u202C \u200F',
  'abc\u200B\u200C\u200Ddef\uFEFF',
  '\u0000nul\u0007bell',
  '\uD800 lone surrogate',
  'Z̸̢̛a̷̧̛l̶̨̛g̷̢̛ơ̸̧',
  'السكن والعمل',
  '🏠'.repeat(500),
  'x'.repeat(10_000),
  'ord '.repeat(2_500),
  ' ',
  '',
  '\n\n\n',
  '__proto__',
  'constructor',
];

/** Numbers that break naive arithmetic. */
export const awkwardNumbers: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_VALUE,
  -1e308,
  2.5,
  1e21,
];

/** Names of `wrongKinds()`, in the same order, for test titles. */
export const wrongKindNames: readonly string[] = [
  'undefined',
  'null',
  'true',
  '0',
  'an empty string',
  'a string',
  'an empty array',
  'an empty object',
  'a function',
  'a symbol',
  'a bigint',
  'an invalid Date',
  'a RegExp',
  'a Map',
  'a Set',
  'an object without prototype',
  'a proxy whose every read throws',
  'a cyclic object',
  'an object with a __proto__ key from JSON',
];

/** Values of the wrong kind for almost any field (named in `wrongKindNames`). */
export function wrongKinds(): unknown[] {
  return [
    undefined,
    null,
    true,
    0,
    '',
    'text',
    [],
    {},
    () => {
      (globalThis as Record<string, unknown>)[pwnedFlag] = 1;
    },
    Symbol('s'),
    10n,
    new Date(Number.NaN),
    /regex/,
    new Map([['a', 1]]),
    new Set([1]),
    Object.create(null),
    // Throws on every read of a field (but still prints itself, so a failing case can be reported).
    new Proxy(
      {},
      {
        get: (_target, key) => {
          if (typeof key === 'symbol' || key === 'toString' || key === 'constructor') return undefined;
          throw new Error('trap');
        },
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    ),
    (() => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      return cyclic;
    })(),
    JSON.parse('{"__proto__": {"polluted": true}}'),
  ];
}

/** Any of the hostile values above. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...injectionStrings),
  fc.constantFrom(...awkwardStrings),
  fc.constantFrom(...awkwardNumbers),
  fc.constantFrom(...wrongKinds()),
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
    withMap: true,
    withSet: true,
  }),
);

/** A path into a JSON-like value: object keys and array indexes. */
export type ValuePath = (string | number)[];

/** Every path to every node of a plain JSON-like value (the root is `[]`). */
export function pathsOf(value: unknown, prefix: ValuePath = []): ValuePath[] {
  const out: ValuePath[] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...pathsOf(v, [...prefix, i])));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) out.push(...pathsOf(v, [...prefix, k]));
  return out;
}

/** One way to break a valid value at a path. */
export type Mutation =
  | { kind: 'replace'; path: ValuePath; value: unknown }
  | { kind: 'delete'; path: ValuePath }
  | { kind: 'addKey'; path: ValuePath; key: string; value: unknown }
  | { kind: 'duplicate'; path: ValuePath };

/** Applies a mutation to a deep copy of `value`. */
export function mutate(value: unknown, mutation: Mutation): unknown {
  const copy = structuredClone(value);
  const { path } = mutation;
  if (path.length === 0) {
    if (mutation.kind === 'replace') return mutation.value;
    if (mutation.kind === 'addKey' && copy && typeof copy === 'object')
      (copy as Record<string, unknown>)[mutation.key] = mutation.value;
    return copy;
  }
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  switch (mutation.kind) {
    case 'replace':
      parent[last] = mutation.value;
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
      break;
    case 'addKey': {
      const target = parent[last];
      if (target && typeof target === 'object' && !Array.isArray(target))
        (target as Record<string, unknown>)[mutation.key] = mutation.value;
      else parent[last] = mutation.value;
      break;
    }
    case 'duplicate':
      if (Array.isArray(parent)) parent.splice(last as number, 0, structuredClone(parent[last as number]));
      else parent[last] = [parent[last], parent[last]];
      break;
  }
  return copy;
}

/** Mutations of one valid value: replace, delete, add an unknown field, duplicate. */
export function mutationOf(valid: unknown): fc.Arbitrary<Mutation> {
  const paths = pathsOf(valid);
  const path = fc.constantFrom(...paths);
  return fc.oneof(
    fc.record({ kind: fc.constant('replace' as const), path, value: hostileValue }),
    fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...paths.filter((p) => p.length > 0)) }),
    fc.record({
      kind: fc.constant('addKey' as const),
      path,
      key: fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString')),
      value: hostileValue,
    }),
    fc.record({ kind: fc.constant('duplicate' as const), path: fc.constantFrom(...paths.filter((p) => p.length > 0)) }),
  );
}
