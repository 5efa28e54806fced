import { expect, test } from '@playwright/test';
import type { Account } from '@qudao/contract';
import { screenshotPath, signIn } from './helpers';

test('an edit of an account and a new contact show up in its history', async ({ page }) => {
  await signIn(page, 'rep04');
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 1, kind: 'distributor' } })).json()) as { items: Account[] };
  const account = list.items[0]!;
  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByTestId('account-name')).toHaveText(account.name);

  const phone = `024-${String(Date.now()).slice(-8)}`;
  await page.getByTestId('account-edit').click();
  const form = page.getByTestId('account-edit-form');
  await form.locator('input#account_phone').fill(phone);
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('account-details')).toContainText(phone);
  await expect(page.getByTestId('audit-card')).toContainText(phone);
  await expect(page.getByTestId('audit-card')).toContainText('电话');

  await page.getByTestId('contact-add').click();
  const contactForm = page.getByTestId('contact-form');
  await contactForm.locator('input#contact_name').fill('王建国');
  await contactForm.locator('input#contact_title').fill('采购经理');
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('contact-item').filter({ hasText: '王建国' })).toBeVisible();
  // The new contact's own history joins the account's timeline.
  await expect(page.getByTestId('audit-event').filter({ hasText: '联系人 王建国' }).first()).toBeVisible();
  await expect(page.getByTestId('audit-event').filter({ hasText: '采购经理' }).first()).toBeVisible();
  await page.screenshot({ path: screenshotPath('account-edited-zh'), fullPage: true });
});
