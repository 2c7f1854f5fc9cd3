import { DEMO_ADMIN_EMAIL } from '@portfolio/api/testing';

// The bench calls the API over HTTP as the dashboard does: signed in with a cookie, queries as GET requests.

export const queryPath = (procedure: string, input: object) =>
  `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`;

/** Signs the demo admin in; the session cookie to send with each request. */
export async function signIn(url: string, password: string): Promise<string> {
  const response = await fetch(`${url}/trpc/auth.signIn`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-portfolio-request': '1' },
    body: JSON.stringify({ email: DEMO_ADMIN_EMAIL, password }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`sign-in failed: ${response.status}`);
  return cookie;
}

/** A query procedure's answer, as the dashboard asks for it (GET, JSON input in the URL). */
export async function getJson(url: string, cookie: string, procedure: string, input: object) {
  const target = `${url}${queryPath(procedure, input)}`;
  // A kept-alive connection the server closes just as it is reused fails before the request is sent: once more.
  const response = await fetch(target, { headers: { cookie } }).catch(() =>
    fetch(target, { headers: { cookie } }),
  );
  if (!response.ok) throw new Error(`${procedure} answered ${response.status}: ${await response.text()}`);
  return ((await response.json()) as { result: { data: unknown } }).result.data;
}
