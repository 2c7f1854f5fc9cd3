import {
  addMonths,
  BPO_SERVICE_LINES,
  type EngagementStatus,
  type EngagementType,
  firstDayOfPeriod,
  type IsoDate,
  lastDayOfPeriod,
  type ServiceLine,
} from '@portfolio/domain';
import { logUniform, roundFigure, toMoney, usdPerUnit } from './amounts.ts';
import {
  type Lifecycle,
  OWNERS,
  PORTFOLIO_SLOTS,
  type PortfolioSlot,
  REGIONS,
  SERVICE_LINE_PROFILES,
  VENDORS,
  type VendorProfile,
} from './catalogue.ts';
import { addDays } from './dates.ts';
import type { DemoContext, EngagementPlan, PlannedEngagement, PlannedVendor } from './plan-types.ts';
import { type Rng, rngFor } from './rng.ts';

/** Engagements added by each step of scale above 1: about 10,000 measurements each. */
const ENGAGEMENTS_PER_SCALE_STEP = 111;

/**
 * How many engagements a scale gives: the 30 of the demo at scale 1, and 111 more for each step above it, so
 * scale 100 has 11,019 engagements and about 1M measurements (the benchmark size).
 */
export function engagementCount(scale: number): number {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new Error(`The demo scale must be a positive number, got ${scale}`);
  if (scale <= 1) return Math.max(1, Math.round(PORTFOLIO_SLOTS.length * scale));
  return PORTFOLIO_SLOTS.length + Math.round(ENGAGEMENTS_PER_SCALE_STEP * (scale - 1));
}

export function planVendors(): PlannedVendor[] {
  return VENDORS.map((vendor) => ({
    name: vendor.name,
    country: vendor.country,
    certifications: vendor.certifications.join(', '),
    notes: vendor.notes,
  }));
}

export function typeOf(serviceLine: ServiceLine): EngagementType {
  return (BPO_SERVICE_LINES as readonly string[]).includes(serviceLine) ? 'BPO' : 'KPO';
}

/** The engagements in code order; the first 30 are the catalogue's slots, further ones repeat them with variations. */
export function planEngagements(context: DemoContext, count: number): EngagementPlan[] {
  const width = Math.max(3, String(count).length);
  const perVendor = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const plan = planEngagement(context, index, width);
    const invoiceNumber = (perVendor.get(plan.vendor.name) ?? 0) + 1;
    perVendor.set(plan.vendor.name, invoiceNumber);
    return { ...plan, invoiceNumber };
  });
}

function planEngagement(
  context: DemoContext,
  index: number,
  width: number,
): Omit<EngagementPlan, 'invoiceNumber'> {
  const slot = PORTFOLIO_SLOTS[index % PORTFOLIO_SLOTS.length] as PortfolioSlot;
  const copy = Math.floor(index / PORTFOLIO_SLOTS.length);
  const rng = rngFor(context.seed, 'engagement', index);
  const profile = SERVICE_LINE_PROFILES[slot.serviceLine];
  const type = typeOf(slot.serviceLine);
  const vendor =
    copy === 0 || rng.chance(0.4) ? vendorNamed(slot.vendor) : rng.pick(vendorsFor(slot.serviceLine));
  const name = copy === 0 ? slot.name : `${rng.pick(profile.names)} (${rng.pick(REGIONS)})`;
  const currency = rng.pick(vendor.currencies);
  const businessUnit = rng.pick(profile.businessUnits);
  const { start, end } = datesFor(slot.lifecycle, rng, context);

  const annualBudget = roundFigure(logUniform(rng, ...profile.annualBudgetUsd) / usdPerUnit(currency));
  const monthlyBudget = annualBudget / 12;
  const spendFactor = rng.chance(0.2) ? rng.float(1.04, 1.15) : rng.float(0.86, 0.99);
  const atRisk = rng.weighted([0, 5, 7.5, 8, 10, 12, 15, 20], [1, 2, 1, 1, 4, 2, 3, 1]);
  const earnBack = atRisk === 0 ? 0 : rng.weighted([0, 1, 2, 3], [3, 2, 2, 2]);
  // The in-house cost the business case compared against: net cost ends up 22–42 % below it, and the planned saving
  // assumed the vendor would cost exactly the budget.
  const realizedSavings = rng.float(0.22, 0.42);
  const baseline = type === 'BPO' ? roundFigure((monthlyBudget * spendFactor) / (1 - realizedSavings)) : null;

  const row: PlannedEngagement = {
    code: `ENG-${String(index + 1).padStart(width, '0')}`,
    name,
    vendor: vendor.name,
    type,
    service_line: slot.serviceLine,
    location: vendor.location,
    business_unit: businessUnit,
    owner: rng.pick(OWNERS[businessUnit]),
    start_date: start,
    end_date: end,
    status: statusOn(context.today, start, end),
    pricing_model: rng.pick(profile.pricingModels),
    currency,
    annual_budget: toMoney(annualBudget),
    at_risk_pct: atRisk.toFixed(2),
    earn_back_months: earnBack,
    baseline_monthly_cost: baseline === null ? null : toMoney(baseline),
    planned_monthly_savings:
      baseline === null ? null : toMoney(Math.round((baseline - monthlyBudget) / 100) * 100),
  };
  return { row, vendor, spendFactor, degrading: copy === 0 && slot.degrading === true };
}

function vendorNamed(name: string): VendorProfile {
  const vendor = VENDORS.find((candidate) => candidate.name === name);
  if (!vendor) throw new Error(`The demo catalogue has no vendor named ${name}`);
  return vendor;
}

function vendorsFor(serviceLine: ServiceLine): VendorProfile[] {
  return VENDORS.filter((vendor) => vendor.serviceLines.includes(serviceLine));
}

function datesFor(
  lifecycle: Lifecycle,
  rng: Rng,
  context: DemoContext,
): { start: IsoDate; end: IsoDate | null } {
  const { current } = context;
  const first = addMonths(current, 1 - context.window.length);
  const windowStart = firstDayOfPeriod(first);
  switch (lifecycle) {
    case 'full': {
      const term = rng.weighted([null, 36, 48, 60], [2, 3, 2, 1]);
      return { start: windowStart, end: term === null ? null : lastDayOfPeriod(addMonths(first, term - 1)) };
    }
    case 'late_start': {
      const startPeriod = addMonths(current, -rng.int(6, 18));
      const start = `${startPeriod}-${rng.pick(['01', '01', '15'])}`;
      return { start, end: lastDayOfPeriod(addMonths(startPeriod, 35)) };
    }
    case 'ended': {
      const endPeriod = addMonths(current, -rng.int(3, 10));
      return { start: windowStart, end: rng.chance(0.7) ? lastDayOfPeriod(endPeriod) : `${endPeriod}-15` };
    }
    case 'renewal':
      return { start: windowStart, end: addDays(context.today, rng.int(20, 85)) };
    case 'planned': {
      const startPeriod = addMonths(current, rng.int(1, 2));
      return { start: firstDayOfPeriod(startPeriod), end: lastDayOfPeriod(addMonths(startPeriod, 35)) };
    }
  }
}

/** The status the dates imply on `today`: planned before the start, ended after the end, active between. */
export function statusOn(today: IsoDate, start: IsoDate, end: IsoDate | null): EngagementStatus {
  if (start > today) return 'planned';
  if (end !== null && end < today) return 'ended';
  return 'active';
}
