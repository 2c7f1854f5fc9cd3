import type { Permission } from '@portfolio/domain';

/** The dashboard's sections; each is listed for the roles that hold its permission (reading: everyone). */
export interface NavItem {
  to: string;
  label: string;
  group: 'Portfolio' | 'Operations' | 'Finance' | 'Data';
  permission: Permission;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/overview', label: 'Overview', group: 'Portfolio', permission: 'read' },
  { to: '/alerts', label: 'Alerts', group: 'Portfolio', permission: 'read' },
  { to: '/notifications', label: 'Notifications', group: 'Portfolio', permission: 'read' },
  { to: '/engagements', label: 'Engagements', group: 'Portfolio', permission: 'read' },
  { to: '/vendors', label: 'Vendors', group: 'Portfolio', permission: 'read' },
  { to: '/slas', label: 'SLA performance', group: 'Operations', permission: 'read' },
  { to: '/missing-reports', label: 'Missing reports', group: 'Operations', permission: 'read' },
  { to: '/kpo-insights', label: 'KPO insight delivery', group: 'Operations', permission: 'read' },
  { to: '/bpo-savings', label: 'BPO savings', group: 'Finance', permission: 'read' },
  { to: '/spend', label: 'Spend', group: 'Finance', permission: 'read' },
  // Records can be read by everyone (read-only for viewers); importing and administration are not.
  { to: '/data-entry', label: 'Data entry', group: 'Data', permission: 'read' },
  { to: '/import', label: 'Import', group: 'Data', permission: 'import' },
  { to: '/admin', label: 'Admin', group: 'Data', permission: 'admin' },
];

/** The sections a role sees, in their groups' order. */
export function navFor(can: (permission: Permission) => boolean): NavItem[] {
  return NAV_ITEMS.filter((item) => can(item.permission));
}
