import { describe, expect, it } from 'vitest';
import { mailtoHref, requestText } from './request-link.ts';

const request = { subject: 'Missing SLA reports: 2 SLA-months', body: 'Hello Acme & Co,\n\n- ASA: Apr 2025' };

describe('mailtoHref', () => {
  it('has no recipient, encodes subject and body, and breaks lines CRLF', () => {
    expect(mailtoHref(request)).toBe(
      'mailto:?subject=Missing%20SLA%20reports%3A%202%20SLA-months&body=Hello%20Acme%20%26%20Co%2C%0D%0A%0D%0A-%20ASA%3A%20Apr%202025',
    );
  });

  it('decodes back to the same text', () => {
    const url = new URL(mailtoHref(request));
    expect(url.searchParams.get('body')).toBe(request.body.replace(/\n/g, '\r\n'));
  });
});

describe('requestText', () => {
  it('is the subject line, a blank line and the body', () => {
    expect(requestText(request)).toBe(`Subject: ${request.subject}\n\n${request.body}`);
  });
});
