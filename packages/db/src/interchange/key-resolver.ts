import type { InterchangeError } from '@portfolio/domain';

/** Looks natural keys up, collecting an error for each unknown one. */
export class KeyResolver {
  readonly errors: InterchangeError[] = [];

  find<T>(
    map: ReadonlyMap<string, T>,
    key: string,
    line: number,
    column: string,
    what: () => string,
  ): T | undefined {
    const found = map.get(key);
    if (found === undefined) this.errors.push({ line, column, reason: `unknown ${what()}` });
    return found;
  }
}

export function quoted(text: string): string {
  return JSON.stringify(text);
}
