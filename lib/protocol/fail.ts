import type { ErrorCode, Failure, RestrictedReason } from './messages';

// Kept apart from protocol.ts so the injected extractor can build failures without bundling zod
// (esbuild cannot tree-shake the schema definitions that sit beside it).

/** Builds a typed failure; never throws. `reason` says why a page is restricted. */
export function fail(code: ErrorCode, message: string, reason?: RestrictedReason): Failure {
  return reason ? { ok: false, error: { code, message, reason } } : { ok: false, error: { code, message } };
}
