import type { DecimalInput } from '../decimal.ts';
import type { SlaDirection, SlaKind, SlaUnit } from '../enums.ts';
import { slaCsvRowSchema } from '../interchange/slas-file.ts';
import { type ContractChanges, SLA_CHANGE_FIELDS, type SlaChangeField } from './contract-changes.ts';

/** An SLA's terms as a what-if replays them (archived SLAs are not in force and take no part). */
export type WhatIfSla = {
  id: number;
  code: string;
  name: string;
  unit: SlaUnit;
  direction: SlaDirection;
  expected: string;
  minimum: string | null;
  kind: SlaKind;
  allocationPct: string | null;
};

/** The engagement's credit terms a what-if may change. */
export type WhatIfTerms = { atRiskPct: DecimalInput; earnBackMonths: number };

/** Why a change cannot be held; `path` names the change (`minimum.ABN`, `allocation.ASA`). */
export type ChangeIssue = { path: string; message: string };

export type AppliedChanges =
  | { ok: true; terms: WhatIfTerms; slas: WhatIfSla[] }
  | { ok: false; issues: ChangeIssue[] };

/** Which change an issue of the slas.csv row rules is about: the changed field, else the change that moved it. */
function blame(column: string, changed: ReadonlySet<SlaChangeField>): SlaChangeField | null {
  const candidates: Record<string, readonly SlaChangeField[]> = {
    expected: ['expected'],
    // A minimum on the wrong side: the minimum given, or the expected level moved past the one on record.
    minimum: ['minimum', 'expected'],
    allocation_pct: ['allocation', 'kind'],
  };
  return (candidates[column] ?? []).find((field) => changed.has(field)) ?? null;
}

/** The SLA with the changes to it, as a contract would hold it: a key SLA has no allocation. */
function changedSla(sla: WhatIfSla, changes: ContractChanges): WhatIfSla {
  const kind = changes.kind?.[sla.code] ?? sla.kind;
  const minimum = changes.minimum?.[sla.code];
  return {
    ...sla,
    kind,
    expected: changes.expected?.[sla.code] ?? sla.expected,
    minimum: minimum === undefined ? sla.minimum : minimum === 'none' ? null : minimum,
    allocationPct: kind === 'key' ? null : (changes.allocation?.[sla.code] ?? sla.allocationPct),
  };
}

/** The issues of one changed SLA: an allocation for a key SLA, and the slas.csv row rules on its new terms. */
function slaIssues(sla: WhatIfSla, next: WhatIfSla, changes: ContractChanges): ChangeIssue[] {
  const changed = new Set(SLA_CHANGE_FIELDS.filter((field) => changes[field]?.[sla.code] !== undefined));
  const issues: ChangeIssue[] = [];
  if (next.kind === 'key' && changed.has('allocation')) {
    const why = changes.kind?.[sla.code] === 'key' ? 'is made a key SLA' : 'is a key SLA';
    issues.push({
      path: `allocation.${sla.code}`,
      message: `${sla.code} ${why}: only critical SLAs have an allocation (make it critical to give one)`,
    });
  }
  const row = slaCsvRowSchema.safeParse({
    engagement: 'what-if',
    code: sla.code,
    name: sla.name,
    unit: sla.unit,
    direction: next.direction,
    expected: next.expected,
    minimum: next.minimum ?? '',
    kind: next.kind,
    allocation_pct: next.allocationPct ?? '',
  });
  for (const issue of row.success ? [] : row.error.issues) {
    const field = blame(String(issue.path[0] ?? ''), changed);
    if (field !== null) issues.push({ path: `${field}.${sla.code}`, message: issue.message });
  }
  return issues;
}

/**
 * The engagement's terms and SLAs with a what-if's changes, or every change they cannot hold, each named: an SLA
 * code the engagement does not have, an allocation for a key SLA, and whatever slas.csv refuses of the changed SLA
 * (a minimum on the wrong side of the expected level for its direction, a level its unit cannot have). A change of
 * kind to `key` drops the SLA's allocation, as a key SLA has none; ranges (allocation 0–100, at-risk 0–20) are the
 * input schema's.
 */
export function applyContractChanges(
  terms: WhatIfTerms,
  slas: readonly WhatIfSla[],
  changes: ContractChanges,
): AppliedChanges {
  const byCode = new Map(slas.map((sla) => [sla.code, sla]));
  const issues: ChangeIssue[] = [];
  for (const field of SLA_CHANGE_FIELDS) {
    for (const code of Object.keys(changes[field] ?? {})) {
      if (byCode.has(code)) continue;
      const known = slas.map((sla) => sla.code).join(', ') || 'none';
      issues.push({
        path: `${field}.${code}`,
        message: `the engagement has no SLA ${code} in force (its SLAs: ${known})`,
      });
    }
  }
  const next = slas.map((sla) => {
    const changed = changedSla(sla, changes);
    if (SLA_CHANGE_FIELDS.some((field) => changes[field]?.[sla.code] !== undefined)) {
      issues.push(...slaIssues(sla, changed, changes));
    }
    return changed;
  });
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    terms: {
      atRiskPct: changes.atRiskPct ?? terms.atRiskPct,
      earnBackMonths: changes.earnBackMonths ?? terms.earnBackMonths,
    },
    slas: next,
  };
}
