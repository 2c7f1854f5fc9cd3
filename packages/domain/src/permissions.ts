import { ROLES, type Role } from './enums.ts';
import type { InterchangeFileName } from './interchange/files.ts';

/**
 * Who may call what: every API procedure declares one of these, and the access test checks every procedure of the
 * router against this table. Admins may do everything; `viewer` only reads. The dashboard reads the same table to
 * hide edit controls, though the server stays the authority.
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
  /** Importing interchange files; each file then needs the permission that owns it (`FILE_PERMISSIONS`). */
  import: ['admin', 'ops', 'finance'],
  /** Users, API tokens, settings. */
  admin: ['admin'],
} as const satisfies Record<string, readonly Role[] | null>;

export type Permission = keyof typeof PERMISSIONS;

/** Whether a role holds a permission; `public` is held by everyone. */
export function allows(permission: Permission, role: Role | null): boolean {
  const roles: readonly Role[] | null = PERMISSIONS[permission];
  return roles === null || (role !== null && roles.includes(role));
}

/** Which permission owns the rows of each interchange file: importing or editing them needs it. */
export const FILE_PERMISSIONS = {
  'vendors.csv': 'operations',
  'engagements.csv': 'operations',
  'slas.csv': 'operations',
  'measurements.csv': 'operations',
  'deliverables.csv': 'operations',
  'charges.csv': 'finance',
  'fx_rates.csv': 'finance',
} as const satisfies Record<InterchangeFileName, Permission>;
