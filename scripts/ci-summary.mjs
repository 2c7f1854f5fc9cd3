// Reads Vitest's JSON report and prints one line "N passed, N failed" for all suites together.
// Counts as a failure: a failed lint/typecheck/build step (no report), a skipped test, or a required suite
// (PostgreSQL, browser) that ran no test.
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusText] = process.argv.slice(2);
const exitStatus = Number(statusText ?? 1);

if (!reportPath || !existsSync(reportPath)) {
  console.log('ci: no test report: a step before the tests (lint, typecheck, build) failed');
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const tests = report.testResults.flatMap((file) => file.assertionResults);
const passed = tests.filter((t) => t.status === 'passed');
const failed = tests.filter((t) => t.status === 'failed');
const skipped = tests.filter((t) => t.status !== 'passed' && t.status !== 'failed');
const problems = [];

const passedOn = (pattern) => passed.some((t) => pattern.test(t.fullName));
if (!passedOn(/on postgres/)) problems.push('no PostgreSQL test ran');
if (
  !report.testResults.some(
    (f) => f.name.endsWith('.e2e.ts') && f.assertionResults.some((t) => t.status === 'passed'),
  )
) {
  problems.push('no browser test ran');
}
if (skipped.length > 0) problems.push(`${skipped.length} tests were skipped or left pending`);
if (exitStatus !== 0 && failed.length === 0) problems.push(`the test command exited with ${exitStatus}`);

for (const problem of problems) console.log(`ci: ${problem}`);
const failures = failed.length + (problems.length > 0 && failed.length === 0 ? 1 : 0);
console.log(`${passed.length} passed, ${failures} failed`);
process.exit(failures > 0 || exitStatus !== 0 ? 1 : 0);
