import type { CreateUserRequest, SessionWire } from '@clinic/contract';
import { type APIRequestContext, expect, type Page } from '@playwright/test';
import type { Person } from './accounts';

/** Signs in through the API; the session cookie lands in the page's browser context. */
export async function signInThroughApi(
  page: Page,
  credentials: { email: string; password: string },
): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: credentials });
  expect(response.status(), await response.text()).toBe(200);
}

/** Creates an account as the owner, through the API with the owner's bearer token. */
export async function createAccountAsOwner(
  request: APIRequestContext,
  ownerCredentials: { email: string; password: string },
  person: Person,
  role: 'staff' | 'patient',
): Promise<void> {
  const login = await request.post('/api/auth/login', { data: ownerCredentials });
  expect(login.status(), await login.text()).toBe(200);
  const { token } = (await login.json()) as SessionWire;
  const body: CreateUserRequest = { ...person, role, is_dentist: role === 'staff' };
  const created = await request.post('/api/users', {
    headers: { Authorization: `Bearer ${token}` },
    data: body,
  });
  expect(created.status(), await created.text()).toBe(201);
}

export async function signInThroughForm(
  page: Page,
  credentials: { email: string; password: string },
): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/login$/);
}
