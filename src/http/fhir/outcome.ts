/**
 * FHIR errors: OperationOutcome bodies with the issue type that says what went wrong, and the HTTP
 * status that goes with it (not-found 404, invalid/required/not-supported 400, too-costly 422).
 */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, TooCostlyError } from '../../core/errors.js';
import { toAppError } from '../errors.js';

const FHIR_JSON = 'application/fhir+json; charset=utf-8';
const TX_ISSUE_TYPE = 'http://hl7.org/fhir/tools/CodeSystem/tx-issue-type';

type IssueType = 'invalid' | 'required' | 'not-found' | 'not-supported' | 'too-costly' | 'code-invalid' | 'exception' | 'processing';

interface Issue {
  severity: 'error' | 'warning' | 'information';
  code: IssueType;
  details: { text: string; coding?: Array<{ system: string; code: string }> };
  expression?: string[];
}

/** An error a FHIR operation answers with an OperationOutcome. */
export class FhirError extends Error {
  readonly status: ContentfulStatusCode;
  readonly issue: Issue;

  constructor(status: ContentfulStatusCode, code: IssueType, message: string, expression?: string) {
    super(message);
    this.status = status;
    this.issue = { severity: 'error', code, details: { text: message } };
    if (expression) this.issue.expression = [expression];
  }
}

export function operationOutcome(issues: Issue[]) {
  return { resourceType: 'OperationOutcome', issue: issues };
}

/** One issue in the shape terminology servers use for validation results (tx-issue-type coding). */
export function txIssue(severity: Issue['severity'], code: IssueType, txCode: string, text: string, expression?: string): Issue {
  const issue: Issue = { severity, code, details: { coding: [{ system: TX_ISSUE_TYPE, code: txCode }], text } };
  if (expression) issue.expression = [expression];
  return issue;
}

function toFhirError(err: unknown): FhirError {
  if (err instanceof FhirError) return err;
  if (err instanceof TooCostlyError) return new FhirError(422, 'too-costly', err.message, err.field);
  const app = err instanceof AppError ? err : toAppError(err);
  switch (app.kind) {
    case 'not-found':
      return new FhirError(404, 'not-found', app.message, app.field);
    case 'invalid':
      return new FhirError(400, 'invalid', app.message, app.field);
    case 'unsupported':
      return new FhirError(400, 'not-supported', app.message, app.field);
    case 'conflict':
      return new FhirError(409, 'processing', app.message, app.field);
    default:
      return new FhirError(500, 'exception', app.message);
  }
}

export function fhirJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  return c.body(JSON.stringify(body), status, { 'Content-Type': FHIR_JSON });
}

export function fhirError(c: Context, err: unknown): Response {
  const e = toFhirError(err);
  return fhirJson(c, operationOutcome([e.issue]), e.status);
}
