/**
 * @portfolio/domain: the business rules of the outsourcing portfolio, pure and exact (no I/O).
 *
 * - enums            closed vocabularies (engagement types, service lines, SLA directions, …)
 * - errors           DomainError with a code; MissingFxRateError
 * - decimal          exact decimals ("1.0834500000") and ratios over bigint
 * - money            integer cents: parse, format, round half-up, largest-remainder split
 * - dates, periods   'YYYY-MM-DD' dates and 'YYYY-MM' months, as-of date, engagement months, fiscal years
 * - display-format   how money, months, dates and times read on pages and in messages (one format, one minus)
 * - fx               conversion to the reporting currency at each month's rate
 * - sla-status       met / missed / breached of a measurement
 * - sla-unit-values  what a unit allows: percentages 0–100, durations and counts never negative
 * - attainment       SLA counts and attainment %
 * - service-credits  a month's credits by the pool-allocation model
 * - earn-back        owed / pending / earned back
 * - net-cost, savings  net cost, savings and savings %, planned vs realized
 * - insight          KPO insight delivery metrics
 * - budget-forecast  run-rate forecast to the fiscal year's end, budget variance, monthly budgets
 * - vendor-score     a vendor's weighted score and band (weights documented there)
 * - credit-share, running-totals, fx-forward  credits ÷ charges, cumulative sums, rates carried forward
 * - schemas          zod schemas for periods, dates and month ranges
 * - interchange      the CSV files of import and export: columns, keys, row schemas, validation
 * - entities         create/update input schemas of each entity, on the interchange row schemas
 * - classify-engagement  the BPO-or-KPO guide: criteria, answers → suggested type with reasons
 * - sla-month-preview    a month of typed actuals: statuses and the credits they cause
 * - permissions      which role may do what, and which permission owns each interchange file
 * - report-input     zod schemas of a report's range and engagement filter, its series, grids and lists
 * - lookup-inputs    zod schemas of the procedures that name one row (an id, an engagement's code, a vendor)
 * - access-inputs    zod schemas of sign-in, users, passwords and API tokens
 * - saved-views      a user's named views (a page and its filters): name and address rules
 * - portfolio/       the report and dashboard series assembled from SQL-aggregated facts
 * - missing-reports  SLAs without a report for a closed month, per vendor, and the request asking for them
 * - alerts/          early warnings: SLAs at risk, chronic misses, renewals, budget overruns, deliverables due
 * - notifications/   alert digests: subscriptions, their schedule in the organisation's time zone, what is new
 * - what-if/         the contract what-if: changed terms checked and an engagement's history replayed under them
 */
export * from './access-inputs.ts';
export * from './alerts/index.ts';
export * from './attainment.ts';
export * from './budget-forecast.ts';
export * from './budget-table.ts';
export * from './classify-engagement.ts';
export * from './credit-share.ts';
export * from './dates.ts';
export * from './decimal.ts';
export * from './display-format.ts';
export * from './earn-back.ts';
export * from './entities/index.ts';
export * from './enums.ts';
export * from './errors.ts';
export * from './fiscal-years.ts';
export * from './fx.ts';
export * from './fx-forward.ts';
export * from './insight.ts';
export * from './interchange/index.ts';
export * from './lookup-inputs.ts';
export * from './missing-reports.ts';
export * from './money.ts';
export * from './net-cost.ts';
export * from './notifications/index.ts';
export * from './periods.ts';
export * from './permissions.ts';
export * from './portfolio/credit-ledger.ts';
export * from './portfolio/engagement-credits.ts';
export * from './portfolio/engagement-months.ts';
export * from './portfolio/facts.ts';
export * from './portfolio/figure-cells.ts';
export * from './portfolio/fiscal-budget.ts';
export * from './portfolio/group-sums.ts';
export * from './portfolio/insight-series.ts';
export * from './portfolio/portfolio-report.ts';
export * from './portfolio/report-digest.ts';
export * from './portfolio/report-scope.ts';
export * from './portfolio/roster.ts';
export * from './portfolio/savings-trend.ts';
export * from './portfolio/selection-totals.ts';
export * from './portfolio/series.ts';
export * from './portfolio/sla-grid.ts';
export * from './portfolio/spend-breakdown.ts';
export * from './portfolio/vendor-scorecards.ts';
export * from './report-input.ts';
export * from './running-totals.ts';
export * from './saved-view-href.ts';
export * from './saved-views.ts';
export * from './savings.ts';
export * from './schemas.ts';
export * from './service-credits.ts';
export * from './sla-month-preview.ts';
export * from './sla-status.ts';
export * from './sla-unit-values.ts';
export * from './vendor-score.ts';
export * from './what-if/index.ts';
