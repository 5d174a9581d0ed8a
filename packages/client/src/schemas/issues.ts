import type { ValidationIssue } from './error.ts';

interface ZodIssueLike {
  path: readonly PropertyKey[];
  message: string;
  code?: string;
  expected?: string;
  minimum?: unknown;
  maximum?: unknown;
  values?: readonly unknown[];
}

/**
 * Turns zod issues into `{ path, message }` pairs a person can read. zod/mini keeps its bundle small
 * by saying "Invalid input" for everything; this restores a useful message per issue kind.
 */
export function describeIssues(issues: readonly ZodIssueLike[]): ValidationIssue[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: describeIssue(issue) }));
}

function describeIssue(issue: ZodIssueLike): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.expected === 'undefined' ? 'is not allowed' : `must be ${article(issue.expected)}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'has the wrong format';
    default:
      return 'is invalid';
  }
}

function article(expected = 'value'): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
