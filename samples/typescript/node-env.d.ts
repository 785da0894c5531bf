// What the sample uses of Node.js, so that it type-checks without installing @types/node.
declare const process: { readonly env: Record<string, string | undefined> };
