import { expect, test } from '@playwright/test';
import type { Account, AccountArchive } from '@qudao/contract';
import { screenshotPath, signIn } from './helpers';

// Issue 4 acceptance: a rep edits a contact's interests; the timeline shows the change and the completeness
// score moves; the page works in both languages.
test('a rep edits a contact’s interests: the timeline shows it, completeness moves, in Chinese and English', async ({ page }) => {
  await signIn(page, 'rep03');
  const list = (await (await page.request.get('/api/accounts', { params: { pageSize: 50 } })).json()) as { items: Account[] };
  let target: { account: Account; archive: AccountArchive; contact: AccountArchive['contacts'][number] } | undefined;
  for (const account of list.items) {
    const archive = (await (await page.request.get(`/api/accounts/${account.id}/archive`)).json()) as AccountArchive;
    const anyKey = archive.contacts.some((c) => c.profile.isKey);
    const contact = archive.contacts.find((c) => c.profile.interests === null && (c.profile.isKey || !anyKey));
    if (contact) {
      target = { account, archive, contact };
      break;
    }
  }
  expect(target, 'a demo account of rep03 with a contact whose interests are missing').toBeDefined();
  const { account, archive, contact } = target!;
  const interests = `数控技术交流${String(Date.now()).slice(-4)}`;

  await page.goto(`/accounts/${account.id}`);
  await expect(page.getByTestId('account-name')).toHaveText(account.name);
  const card = page.getByTestId('archive-card');
  await expect(card.getByTestId('archive-overall')).toContainText(`${archive.overallPercent}%`);
  await card.getByTestId('section-contacts').click();
  const profile = card.getByTestId(`contact-profile-${contact.name}`).first();
  await profile.getByTestId('edit-contact-profile').click();
  await profile.getByTestId('input-interests').fill(interests);
  await profile.getByTestId('archive-save').click();
  await expect(profile.getByTestId('profile-interests')).toHaveText(interests);

  const after = (await (await page.request.get(`/api/accounts/${account.id}/archive`)).json()) as AccountArchive;
  expect(after.overallPercent).toBeGreaterThan(archive.overallPercent);
  await expect(card.getByTestId('archive-overall')).toContainText(`${after.overallPercent}%`);
  const event = page.getByTestId('audit-event').filter({ hasText: interests }).first();
  await expect(event).toBeVisible();
  await expect(event).toContainText('兴趣');
  await expect(card.getByTestId('section-status-contacts')).toContainText('来源: 手工');
  await page.screenshot({ path: screenshotPath('archive-zh'), fullPage: true });

  await page.getByTestId('user-menu').click();
  await page.getByTestId('locale-en').click();
  await expect(card).toContainText('Customer archive');
  await expect(card.getByTestId('section-contacts')).toContainText('Contact people');
  await expect(card.getByTestId('section-status-contacts')).toContainText('Source: Manual');
  await expect(page.getByTestId('audit-event').filter({ hasText: interests }).first()).toContainText('Interests');
  await expect(page.getByTestId('targets-card')).toContainText('Monthly sales and targets');
  await expect(page.getByTestId('targets-chart')).toBeVisible();
  await page.screenshot({ path: screenshotPath('archive-en'), fullPage: true });

  // Phone width: the archive stays inside the screen (tables scroll inside their cards).
  await page.setViewportSize({ width: 390, height: 844 });
  await card.getByTestId('section-competitors').click();
  await expect(card.getByText('Competitors it deals with').first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(391);
  await page.screenshot({ path: screenshotPath('archive-phone-en'), fullPage: true });
});

test('the account list shows archive completeness and filters accounts with a stale section', async ({ page }) => {
  await signIn(page, 'rep03');
  const all = (await (await page.request.get('/api/accounts', { params: { pageSize: 1 } })).json()) as { total: number };
  const stale = (await (await page.request.get('/api/accounts', { params: { pageSize: 1, staleSection: 'trading' } })).json()) as { total: number };
  expect(stale.total).toBeGreaterThan(0);
  expect(stale.total).toBeLessThan(all.total);
  await page.goto('/accounts?staleSection=trading');
  await expect(page.getByTestId('accounts-total')).toHaveAttribute('data-total', String(stale.total));
  await expect(page.getByTestId('list-completeness').first()).toBeVisible();
  // The first test left rep03 on English.
  await expect(page.getByTestId('filter-stale')).toContainText(/交易现状|Trading status/);
});

test('leads: the near duplicate is flagged and a lead converts to an account that keeps its history', async ({ page }) => {
  await signIn(page, 'rep01');
  await page.goto('/leads');
  const row = page.getByRole('row').filter({ hasText: '新厂' }).first();
  await row.click();
  await expect(page.getByTestId('duplicate-warning')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('row').filter({ hasText: '青鸾航空标准件厂' }).first().click();
  await page.getByTestId('lead-convert').click();
  await expect(page).toHaveURL(/\/accounts\//);
  await expect(page.getByTestId('account-name')).toHaveText('青鸾航空标准件厂');
  await expect(page.getByTestId('archive-card')).toBeVisible();
  await expect(page.getByTestId('audit-card')).toContainText('青鸾航空标准件厂');
  // The lead's own history (collected on a visit before the conversion) is on the account.
  await expect(page.getByTestId('audit-card')).toContainText('线索来源');
  await page.screenshot({ path: screenshotPath('lead-converted'), fullPage: true });
});
