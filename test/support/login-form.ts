import type { TestServer } from './server.ts';

export interface LoginForm {
  /** The login form's cookie, as a Cookie header value. */
  cookie: string;
  /** The hidden _csrf field of the form. */
  token: string;
}

/** Opens the login page like a browser: its double-submit cookie and the form's hidden token. */
export async function openLoginForm(server: TestServer, path = '/logowanie'): Promise<LoginForm> {
  const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = /okienko_logowanie=([^;]+)/.exec(setCookie)?.[1] ?? '';
  const html = await response.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { cookie: `okienko_logowanie=${cookie}`, token };
}

/** POSTs the login form with the form's cookie and token unless `fields` overrides `_csrf`. */
export async function submitLogin(
  server: TestServer,
  form: LoginForm,
  fields: Record<string, string>,
  extraCookie = '',
): Promise<Response> {
  const body = new URLSearchParams({ _csrf: form.token, ...fields });
  const cookie = [form.cookie, extraCookie].filter(Boolean).join('; ');
  return fetch(`${server.url}/logowanie`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body,
  });
}

/** Logs in through the form and returns the session cookie (`okienko_sesja=…`). */
export async function logInThroughForm(
  server: TestServer,
  login: string,
  password: string,
): Promise<{ response: Response; sessionCookie: string }> {
  const form = await openLoginForm(server);
  const response = await submitLogin(server, form, { login, password });
  const token = /okienko_sesja=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return { response, sessionCookie: token ? `okienko_sesja=${token}` : '' };
}
