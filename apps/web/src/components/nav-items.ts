/** The dashboard's sections; pages not built yet are listed so the layout is settled, but not linked. */
export interface NavItem {
  to: string;
  label: string;
  group: 'Portfolio' | 'Operations' | 'Finance' | 'Data';
  ready: boolean;
}

export const NAV_ITEMS: NavItem[] = [
  { to: '/overview', label: 'Overview', group: 'Portfolio', ready: true },
  { to: '/alerts', label: 'Alerts', group: 'Portfolio', ready: true },
  { to: '/notifications', label: 'Notifications', group: 'Portfolio', ready: true },
  { to: '/engagements', label: 'Engagements', group: 'Portfolio', ready: true },
  { to: '/vendors', label: 'Vendors', group: 'Portfolio', ready: true },
  { to: '/slas', label: 'SLA performance', group: 'Operations', ready: true },
  { to: '/kpo-insights', label: 'KPO insight delivery', group: 'Operations', ready: true },
  { to: '/bpo-savings', label: 'BPO savings', group: 'Finance', ready: true },
  { to: '/spend', label: 'Spend', group: 'Finance', ready: true },
  { to: '/data-entry', label: 'Data entry', group: 'Data', ready: true },
  { to: '/import', label: 'Import', group: 'Data', ready: true },
  { to: '/admin', label: 'Admin', group: 'Data', ready: true },
];
