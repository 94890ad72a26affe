/**
 * The one check of the JSON error shape (README "Errors always have the shape …", STYLE.md rule 3):
 * every test of a failing JSON route goes through `assertError`, and the fuzz test's checker
 * through `errorShapeProblem`, so the shape is stated once.
 *
 * Two adapters keep their own error formats, checked in their own tests: the FHIR endpoint answers
 * an OperationOutcome (the FHIR specification's error resource, test/http/fhir.test.ts), and the
 * Clinical Tables compatible search answers NLM's plain-text "Error: …" (test/http/ctss.test.ts),
 * because the clients of those protocols parse those formats and no other.
 */
import assert from 'node:assert/strict';

/** Every kind of error the JSON API answers with. */
export const ERROR_KINDS: ReadonlySet<string> = new Set([
  'not-found',
  'invalid',
  'unsupported',
  'conflict',
  'internal',
  'too-large',
  'rate-limited',
  'timeout',
  'unavailable',
]);

const ERROR_FIELDS = ['kind', 'message', 'field', 'problems'];

export interface ErrorBody {
  kind: string;
  message: string;
  field?: string;
  problems?: string[];
}

/** An answer already read: its status, its parsed JSON body and, when known, its content type. */
export interface ReadAnswer {
  status: number;
  body: unknown;
  type?: string | null;
}

/** Why a parsed JSON body is not `{"error": {kind, message, field?, problems?}}`, or null when it is. */
export function errorShapeProblem(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || Object.keys(body).join() !== 'error') return 'JSON error without the {"error": …} shape';
  const error = (body as { error: unknown }).error;
  if (typeof error !== 'object' || error === null) return 'JSON error without the {"error": …} shape';
  const e = error as Record<string, unknown>;
  if (!ERROR_KINDS.has(String(e.kind)) || typeof e.message !== 'string' || e.message === '') return 'error without kind and message';
  const extra = Object.keys(e).filter((k) => !ERROR_FIELDS.includes(k));
  if (extra.length > 0) return `unexpected error fields ${extra.join(', ')}`;
  if ('field' in e && typeof e.field !== 'string') return 'error field that is not a name';
  if ('problems' in e && !(Array.isArray(e.problems) && e.problems.every((p) => typeof p === 'string')))
    return 'problems that are not a list of sentences';
  return null;
}

/**
 * Assert that `answer` is the JSON error: `status`, a JSON content type (when known), the one
 * shape, `kind`, and `field` when given (`null`: the error must name no field). Returns the error
 * so a test can compare its message or problems too. `label` names the request in failures.
 */
export async function assertError(
  answer: Response | ReadAnswer,
  status: number,
  kind: string,
  field?: string | null,
  label = '',
): Promise<ErrorBody> {
  const read: ReadAnswer =
    answer instanceof Response ? { status: answer.status, type: answer.headers.get('content-type'), body: await answer.json() } : answer;
  const where = label ? `${label}: ` : '';
  assert.equal(read.status, status, `${where}status`);
  if (read.type !== undefined) assert.match(read.type ?? '', /^application\/json/, `${where}content type`);
  const problem = errorShapeProblem(read.body);
  assert.equal(problem, null, `${where}${problem} in ${JSON.stringify(read.body)}`);
  const error = (read.body as { error: ErrorBody }).error;
  assert.equal(error.kind, kind, `${where}kind`);
  if (field !== undefined) assert.equal(error.field, field ?? undefined, `${where}field`);
  return error;
}
