import { describe, expect, it } from 'vitest';
import { savedViewHref } from './saved-view-href.ts';
import { savedViewSchema } from './saved-views.ts';

const issues = (input: unknown) =>
  savedViewSchema
    .safeParse(input)
    .error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('savedViewSchema', () => {
  it('keeps a trimmed name, the page and its filters', () => {
    expect(
      savedViewSchema.parse({
        name: '  Offshore BPO, this FY ',
        path: '/bpo-savings',
        search: '?range=fy&location=offshore',
      }),
    ).toEqual({ name: 'Offshore BPO, this FY', path: '/bpo-savings', search: '?range=fy&location=offshore' });
    expect(savedViewSchema.parse({ name: 'Overview', path: '/overview' }).search).toBe('');
  });

  it('refuses names the name rules refuse', () => {
    expect(issues({ name: '   ', path: '/overview' })).toEqual(['name: is required but empty']);
    expect(issues({ name: 'a\nb', path: '/overview' })).toEqual([
      'name: contains a tab or line break: a name is one line',
    ]);
    expect(issues({ name: 'x'.repeat(201), path: '/overview' })).toEqual([
      'name: is too long (at most 200 characters)',
    ]);
    expect(issues({ name: 'evil\u202Eview', path: '/overview' })[0]).toContain('bidirectional control');
  });

  it('keeps views on this site: a path starting with one /, a query string starting with ?', () => {
    for (const path of ['overview', 'https://example.com/', '//example.com/x', '/\\example.com']) {
      expect(issues({ name: 'V', path })).toEqual([
        'path: must be a page of the dashboard, starting with a single /',
      ]);
    }
    expect(issues({ name: 'V', path: '/slas', search: 'range=fy' })).toEqual([
      'search: must be empty or start with ?',
    ]);
  });

  it('opens its page with its filters', () => {
    expect(savedViewHref({ path: '/spend', search: '?range=ytd' })).toBe('/spend?range=ytd');
  });
});
