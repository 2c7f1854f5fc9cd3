import type { ReportRequest } from '@portfolio/domain';

/**
 * A `mailto:` address that opens the request in the user's mail program, subject and body filled in. It has no
 * recipient: vendors' email addresses are not on record, so the user picks one. Line breaks are written CRLF as
 * RFC 6068 asks, so every mail program keeps the list's lines.
 */
export function mailtoHref(request: ReportRequest): string {
  const encode = (text: string) => encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
  return `mailto:?subject=${encode(request.subject)}&body=${encode(request.body)}`;
}

/** The text the "Copy request" button puts on the clipboard: the subject line, then the body. */
export function requestText(request: ReportRequest): string {
  return `Subject: ${request.subject}\n\n${request.body}`;
}
