import type { DbHandle } from '@portfolio/db';
import { testDatabases } from '@portfolio/db/testing';
import { ROLES, type Role } from '@portfolio/domain';
import { TRPCError } from '@trpc/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allows, type Permission } from '../src/auth/permissions.ts';
import { appRouter } from '../src/routers/app-router.ts';
import type { ProcedureMeta } from '../src/trpc.ts';
import { principalOf, testCaller } from './test-caller.ts';

// Generated from the router itself: every procedure, called as anonymous and as each role, must answer as its
// declared permission says. A procedure added without a rule, or opened by mistake, fails here.
const procedures = Object.entries(
  appRouter._def.procedures as unknown as Record<string, { _def: { meta?: ProcedureMeta } }>,
).map(([path, procedure]) => ({ path, permission: procedure._def.meta?.permission }));

/** Calls a procedure by its dotted path with no input and returns the error code, or 'OK'. */
async function outcome(caller: ReturnType<typeof testCaller>, path: string): Promise<string> {
  let target: unknown = caller;
  for (const part of path.split('.')) target = (target as Record<string, unknown>)[part];
  try {
    await (target as (input?: unknown) => Promise<unknown>)(undefined);
    return 'OK';
  } catch (error) {
    if (error instanceof TRPCError) return error.code;
    throw error;
  }
}

describe('the access rules', () => {
  it('are declared by every procedure', () => {
    expect(procedures.length).toBeGreaterThan(10);
    for (const { path, permission } of procedures) expect(permission, path).toBeDefined();
  });

  it('leave only signing in open to anonymous callers', () => {
    expect(procedures.filter((p) => p.permission === 'public').map((p) => p.path)).toEqual(['auth.signIn']);
  });
});

describe.each(testDatabases())('every procedure, as anonymous and as each role, on $name', ({ open }) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await open();
  });
  afterAll(() => handle.close());

  it('answers anonymous callers 401 unless public', async () => {
    const anonymous = testCaller(handle, '2025-06-15', { principal: null });
    for (const { path, permission } of procedures) {
      const code = await outcome(anonymous, path);
      if (permission === 'public') expect(code, path).not.toBe('UNAUTHORIZED');
      else expect(code, path).toBe('UNAUTHORIZED');
    }
  });

  it.each(ROLES)('answers the %s role as the rule says', async (role: Role) => {
    const caller = testCaller(handle, '2025-06-15', { principal: principalOf(role) });
    for (const { path, permission } of procedures) {
      const code = await outcome(caller, path);
      if (allows(permission as Permission, role))
        expect(['UNAUTHORIZED', 'FORBIDDEN'], path).not.toContain(code);
      else expect(code, path).toBe('FORBIDDEN');
    }
  });
});
