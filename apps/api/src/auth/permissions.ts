import { ROLES, type Role } from '@portfolio/domain';

/**
 * Who may call what: every procedure declares one of these (see trpc.ts), and the access test checks every
 * procedure of the router against this table. Admins may do everything; `viewer` only reads.
 */
export const PERMISSIONS = {
  /** Anyone, signed in or not (signing in itself). */
  public: null,
  /** Any signed-in user or token: reading the portfolio. */
  read: ROLES,
  /** Vendors, engagements, SLAs, measurements, deliverables. */
  operations: ['admin', 'ops'],
  /** Charges, budgets, FX rates, money settings. */
  finance: ['admin', 'finance'],
  /** Users, API tokens, settings. */
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[] | null>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission; `public` is held by everyone. */
export function allows(permission: Permission, role: Role | null): boolean {
  const roles: readonly Role[] | null = PERMISSIONS[permission];
  return roles === null || (role !== null && roles.includes(role));
}
