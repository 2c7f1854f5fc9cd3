import { allows, type Role } from '@portfolio/domain';
import { describe, expect, it } from 'vitest';
import { navFor } from './nav-items.ts';

const labels = (role: Role) => navFor((permission) => allows(permission, role)).map((item) => item.label);

describe('navFor: each role is shown only what it may do', () => {
  it('lists Admin for admins alone, and Import for those who may import', () => {
    expect(labels('admin')).toContain('Admin');
    expect(labels('admin')).toContain('Import');
    for (const role of ['ops', 'finance'] as const) {
      expect(labels(role)).not.toContain('Admin');
      expect(labels(role)).toContain('Import');
    }
    expect(labels('viewer')).not.toContain('Admin');
    expect(labels('viewer')).not.toContain('Import');
    expect(labels('viewer')).toContain('Overview');
  });
});
