/**
 * The dashboard in a real browser: Debian's chromium, headless, driven by playwright-core,
 * against the real service. A risk officer signs in, sees an alert arrive live (three accounts
 * on one device), works its case, watches a book update, downloads the monthly report and opens
 * its printable page; a lender sees a fill with its allocation explanation and survives a
 * dropped connection. Screenshots go to var/artifacts/screenshots (ignored by git).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LendingClient, lending } from '../../src/client/index.js';
import { issueToken, type Role } from '../../src/gateway/index.js';
import { startServiceProcess, type RunningService } from '../helpers/service-process.js';

const v1 = lending.v1;
const chromiumPath = '/usr/bin/chromium';
const root = join(import.meta.dirname, '..', '..');
const shots = join(root, 'var', 'artifacts', 'screenshots');
const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  process.stderr.write(
    `browser tests skipped: ${chromiumPath} is missing (apt-get install chromium)\n`,
  );
}

let service: RunningService;
let browser: BrowserContext;
const clients: LendingClient[] = [];

function token(userId: string, role: Role): string {
  return issueToken(service.authSecret, {
    userId,
    roles: [role],
    expiresAtMs: Date.now() + 600_000,
  });
}

async function connectAs(userId: string, role: Role, deviceId = ''): Promise<LendingClient> {
  const client = await LendingClient.connect(service.wsUrl, { requestTimeoutMs: 20_000 });
  clients.push(client);
  expect((await client.authenticate(token(userId, role), deviceId)).authenticated?.userId).toBe(
    userId,
  );
  return client;
}

/** Waits for what the page shows; generous, for a loaded CI machine. */
function poll<T>(read: () => Promise<T>) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

async function signIn(page: Page, userId: string, role: Role): Promise<void> {
  await page.goto(`${service.httpUrl}/dashboard/`);
  await page.fill('#signin-token', token(userId, role));
  await page.click('#signin-submit');
  await poll(() => page.textContent('#status')).toBe('live');
}

beforeAll(async () => {
  if (!hasChromium) return;
  mkdirSync(shots, { recursive: true });
  const built = spawnSync(process.execPath, [join(root, 'scripts', 'build-dashboard.mjs')], {
    encoding: 'utf8',
  });
  expect(built.status, built.stderr).toBe(0);
  service = await startServiceProcess('dashboard');
  browser = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'chromium-')), {
    executablePath: chromiumPath,
    headless: true,
    acceptDownloads: true,
    viewport: { width: 1400, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}, 120_000);

afterAll(async () => {
  for (const client of clients) await client.close().catch(() => undefined);
  await browser?.close();
  if (service !== undefined) expect(await service.stop()).toBe(0);
});

describe.skipIf(!hasChromium)('dashboard in chromium', () => {
  it('risk officer: an alert arrives live and its case is worked', async () => {
    const page = await browser.newPage();
    await signIn(page, 'OFFICER1', 'risk_officer');
    await poll(() => page.textContent('#who')).toContain('risk_officer');
    expect(await page.locator('#tabs button').allTextContents()).toEqual([
      'Alerts',
      'Risk',
      'Markets',
      'Disclosure',
    ]);
    for (const user of ['FR1', 'FR2', 'FR3']) await connectAs(user, 'lender', 'one-phone');
    const row = page.locator('#alert-feed tr', { hasText: 'device-shared' }).first();
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    await poll(() => page.textContent('#alert-detail')).toContain('one-phone');
    await shot(page, '01-alerts-live');
    await page.fill('#case-note', 'three accounts, one phone');
    await page.click('button[data-act="fraud"]');
    await poll(() => page.textContent('#alert-message')).toBe('fraud: done');
    await poll(() => page.textContent('[data-testid="case-state"]')).toContain('resolved');
    await page.click('button[data-act="freeze"]');
    await poll(() => page.textContent('#alert-message')).toBe('freeze: done');
    await poll(() => page.textContent('#alert-detail')).toContain('(frozen)');
    await shot(page, '02-alert-resolved');

    const borrower = await connectAs('BX1', 'borrower');
    const applied = await borrower.request({
      applyForLoan: {
        applicationId: 'app-browser',
        amountFen: 3_000_000,
        termMonths: 36,
        ageYears: 35,
        occupation: 'engineer',
        annualIncomeFen: 30_000_000,
        credit: {
          creditPolicy: 1,
          purpose: 'debt_consolidation',
          intRate: 0.1189,
          installment: 829.1,
          logAnnualInc: 11.35,
          dti: 19.48,
          fico: 737,
          daysWithCrLine: 5640,
          revolBal: 28854,
          revolUtil: 52.1,
        },
      },
    });
    expect(applied.applicationDecision?.decision, JSON.stringify(applied)).toBeTruthy();
    await page.click('#tabs button[data-view="risk"]');
    await page.fill('#credit-application', 'app-browser');
    await page.click('#credit-explain');
    await poll(() => page.textContent('#credit-decision')).toContain(
      `decision ${applied.applicationDecision?.decision ?? ''}`,
    );
    await poll(() => page.textContent('#risk-overview')).toContain('frozen accounts: FR');
    await page.waitForTimeout(600);
    await shot(page, '03-risk');
  });

  it('markets: the book and tranche funding update live', async () => {
    const page = await browser.newPage();
    await signIn(page, 'OFFICER2', 'risk_officer');
    await page.click('#tabs button[data-view="markets"]');
    // Open tranches of earlier tests arrive first (the channel's snapshot) and the view follows
    // one to its market while the shown book is empty: pick the market this test lists in.
    await poll(() => page.textContent('#market-select')).toContain('36M:B');
    await page.selectOption('#market-select', '36M:B');
    const admin = await connectAs('ADM', 'admin');
    const listed = await admin.request({
      listTranche: {
        trancheId: 'T-BROWSER',
        marketId: '36M:B',
        borrowerId: 'BRW',
        amountFen: 12_345_600,
        maxRateBps: 1_150,
      },
    });
    expect(listed.trancheListed?.trancheId, JSON.stringify(listed)).toBe('T-BROWSER');
    await poll(() => page.textContent('#book-levels')).toContain('¥123,456.00');
    await poll(() => page.textContent('#tranches')).toContain('T-BROWSER');
    const lender = await connectAs('LB1', 'lender');
    const deposit = await admin.request({
      deposit: { transferId: 'dep-LB1', userId: 'LB1', amountFen: 5_000_000 },
    });
    expect(deposit.depositAccepted).toBeTruthy();
    const order = await lender.request({
      placeLendOrder: {
        clientOrderId: 'b1',
        marketId: '36M:B',
        amountFen: 2_000_000,
        minRateBps: 1_000,
      },
    });
    expect(order.orderAccepted, JSON.stringify(order)).toBeTruthy();
    await poll(() => page.textContent('#book-levels')).toContain('¥103,456.00');
    await poll(() => page.textContent('#fundings')).toContain('¥20,000.00');
    // A burst of 2000 updates: the page keeps drawing at most four times a second.
    const counters = async () => {
      const text = (await page.textContent('#counters')) ?? '';
      const [pushes = 0, renders = 0] = (text.match(/\d+/g) ?? []).map(Number);
      return { pushes, renders };
    };
    const before = await counters();
    const startedMs = Date.now();
    // Tranche listings are not conflated: each is one push to every watcher.
    for (let batch = 0; batch < 20; batch += 1) {
      const bodies = Array.from({ length: 100 }, (_, i) => ({
        listTranche: {
          trancheId: `burst-${batch}-${i}`,
          marketId: '12M:G',
          borrowerId: 'BURST',
          amountFen: 100_000,
          maxRateBps: 500,
        },
      }));
      await Promise.all(admin.requestMany(bodies));
    }
    await poll(async () => (await counters()).pushes - before.pushes).toBeGreaterThanOrEqual(2_000);
    const after = await counters();
    const seconds = (Date.now() - startedMs) / 1000;
    process.stdout.write(
      `burst: ${after.pushes - before.pushes} pushes, ${after.renders - before.renders} renders` +
        ` in ${seconds.toFixed(1)} s\n`,
    );
    expect(after.pushes).toBeGreaterThan(before.pushes);
    expect(after.renders - before.renders).toBeLessThanOrEqual(Math.ceil(seconds * 4) + 2);
    await shot(page, '04-markets');
  });

  it('disclosure: live figures, the monthly report as CSV and as a printable page', async () => {
    const page = await browser.newPage();
    await signIn(page, 'OFFICER3', 'risk_officer');
    await page.click('#tabs button[data-view="disclosure"]');
    await poll(() => page.textContent('#figures')).toContain('cumulative_lending_amount');
    const month = new Date().toISOString().slice(0, 7);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('#report-download'),
    ]);
    expect(download.suggestedFilename()).toBe(`${month}.csv`);
    const path = await download.path();
    const csv = readFileSync(path, 'utf8').replace(/^\ufeff/, '');
    expect(csv.split(/\r?\n/)[0]).toMatch(/,/);
    await page.click('#report-show');
    await poll(() => page.textContent('#report-page')).toContain(`report ${month}`);
    await page.waitForTimeout(1_500);
    await shot(page, '05-disclosure');
  });

  it('lender: a fill with its allocation explanation, across a dropped connection', async () => {
    const page = await browser.newPage();
    const admin = await connectAs('ADM2', 'admin');
    await admin.request({
      deposit: { transferId: 'dep-LB2', userId: 'LB2', amountFen: 9_000_000 },
    });
    await signIn(page, 'LB2', 'lender');
    expect(await page.locator('#tabs button').allTextContents()).toEqual([
      'My lending',
      'Markets',
      'Disclosure',
    ]);
    const lender = await connectAs('LB2', 'lender');
    await lender.request({
      placeLendOrder: {
        clientOrderId: 'l1',
        marketId: '24M:C',
        amountFen: 3_000_000,
        minRateBps: 900,
      },
    });
    await admin.request({
      listTranche: {
        trancheId: 'T-LEND1',
        marketId: '24M:C',
        borrowerId: 'BRW2',
        amountFen: 1_000_000,
        maxRateBps: 1_200,
      },
    });
    await poll(() => page.textContent('#fills')).toContain('T-LEND1');
    await page.click('#drop');
    await admin.request({
      listTranche: {
        trancheId: 'T-LEND2',
        marketId: '24M:C',
        borrowerId: 'BRW2',
        amountFen: 500_000,
        maxRateBps: 1_200,
      },
    });
    await poll(() => page.textContent('#fills')).toContain('T-LEND2');
    await poll(() => page.textContent('#status')).toBe('live');
    await page.locator('#movements button[data-prove="T-LEND1"]').first().click();
    await poll(() => page.textContent('#movements')).toMatch(/verified: entry \d+ is in head \d+/);
    await page.waitForTimeout(600);
    await shot(page, '06-lender');
  });
});
