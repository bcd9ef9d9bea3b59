import type { ErrorCode, Failure } from './protocol';

// Kept apart from protocol.ts so the injected extractor can build failures without bundling zod
// (esbuild cannot tree-shake the schema definitions that sit beside it).

/** Builds a typed failure; never throws. */
export function fail(code: ErrorCode, message: string): Failure {
  return { ok: false, error: { code, message } };
}
