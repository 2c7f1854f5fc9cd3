/** The tabs of an engagement's data entry. */
export const ENTRY_TABS = ['month', 'terms', 'slas', 'charges', 'deliverables'] as const;
export type EntryTab = (typeof ENTRY_TABS)[number];

export const ENTRY_TAB_LABELS: Record<EntryTab, string> = {
  month: 'Monthly SLA report',
  terms: 'Terms',
  slas: 'SLAs',
  charges: 'Charges',
  deliverables: 'Deliverables',
};

/** Where an engagement's data entry opens on a tab. */
export function entryPath(code: string, tab: EntryTab = 'month'): string {
  return `/data-entry/engagements/${encodeURIComponent(code)}?tab=${tab}`;
}

export function isEntryTab(value: string | null): value is EntryTab {
  return (ENTRY_TABS as readonly (string | null)[]).includes(value);
}
