/** Messages by field. */
export type Issues = Record<string, string>;

/** A zod schema, as far as checking a form needs it (the web app takes the domain's schemas, not zod itself). */
export type Validator = {
  safeParse(
    value: unknown,
  ):
    | { success: true }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } };
};

/**
 * What the entity's schema (the one the API validates with, built on the CSV row rules) says of a form's values,
 * by column: the first message of each.
 */
export function clientIssues(schema: Validator, values: unknown): Issues {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const issues: Issues = {};
  for (const issue of result.error.issues) {
    const column = issue.path.map(String).join('.');
    if (!(column in issues)) issues[column] = issue.message;
  }
  return issues;
}

/** The issues of an API answer under a path prefix, by the rest of their path (`values.code` → `code`). */
export function issuesUnder(issues: Readonly<Record<string, string>>, prefix: string): Issues {
  return Object.fromEntries(
    Object.entries(issues)
      .filter(([path]) => path.startsWith(prefix))
      .map(([path, message]) => [path.slice(prefix.length), message]),
  );
}
