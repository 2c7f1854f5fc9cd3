import type { Page } from 'playwright-core';
import { apiQuery } from './harness.ts';

/** A page of the dashboard, named for its screenshot. */
export type DashboardPage = { name: string; path: string };

/**
 * Every page of the dashboard, details included, with real codes from the demo portfolio: the pages the
 * responsive and accessibility suites go through.
 */
export async function everyPage(page: Page): Promise<DashboardPage[]> {
  const engagements = await apiQuery<{ code: string; type: string; vendor: string }[]>(
    page,
    'engagements.list',
  );
  const bpo = engagements.find((e) => e.type === 'BPO')?.code ?? 'ENG-001';
  const kpo = engagements.find((e) => e.type === 'KPO')?.code ?? bpo;
  const vendor = engagements[0]?.vendor ?? '';
  const trend = await apiQuery<{ code: string }[]>(page, 'slas.trend', {
    from: '2025-12',
    to: '2026-11',
    engagement: bpo,
  });
  const sla = trend[0]?.code ?? 'ASA';
  return [
    { name: 'overview', path: '/overview' },
    { name: 'alerts', path: '/alerts' },
    { name: 'slas', path: '/slas' },
    { name: 'missing-reports', path: '/missing-reports' },
    { name: 'sla-detail', path: `/slas/${bpo}/${sla}` },
    { name: 'bpo-savings', path: '/bpo-savings' },
    { name: 'kpo-insights', path: '/kpo-insights' },
    { name: 'spend', path: '/spend' },
    { name: 'engagements', path: '/engagements' },
    { name: 'engagement-bpo', path: `/engagements/${bpo}` },
    { name: 'engagement-kpo', path: `/engagements/${kpo}` },
    { name: 'vendors', path: '/vendors' },
    { name: 'vendor-detail', path: `/vendors/${encodeURIComponent(vendor)}` },
    { name: 'data-entry', path: '/data-entry' },
    { name: 'data-entry-vendors', path: '/data-entry/vendors' },
    { name: 'data-entry-fx-rates', path: '/data-entry/fx-rates' },
    { name: 'data-entry-new-engagement', path: '/data-entry/engagements/new' },
    { name: 'data-entry-month', path: `/data-entry/engagements/${bpo}?tab=month` },
    { name: 'data-entry-terms', path: `/data-entry/engagements/${bpo}?tab=terms` },
    { name: 'data-entry-slas', path: `/data-entry/engagements/${bpo}?tab=slas` },
    { name: 'data-entry-charges', path: `/data-entry/engagements/${bpo}?tab=charges` },
    { name: 'data-entry-deliverables', path: `/data-entry/engagements/${kpo}?tab=deliverables` },
    { name: 'import', path: '/import' },
    { name: 'history', path: `/history/${bpo}` },
    { name: 'admin', path: '/admin' },
  ];
}

/** What runs off the side: the page's width beyond the window, and the tiles whose figure does not fit. */
export function overflow(page: Page) {
  return page.evaluate(() => ({
    pageWidth: document.documentElement.scrollWidth,
    windowWidth: window.innerWidth,
    cutTiles: [...document.querySelectorAll<HTMLElement>('.tile__value')]
      .filter((value) => value.scrollWidth > value.clientWidth + 1)
      .map((value) => value.textContent),
    // The outermost elements that reach past the window's right edge: what to fix when the page is too wide.
    wide: [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
      .filter((element) => !element.parentElement?.closest('.table-wrap, .heatmap-wrap'))
      .slice(0, 4)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
  }));
}
