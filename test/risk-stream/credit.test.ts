/**
 * The credit model: metrics as tables, the CSV reader's negative cases, reproducible training,
 * exact reason-code arithmetic, monotonicity in the obvious features (property tests; fast-check
 * prints the seed of a failing run), decisions with product rules, and the worker pool's batch
 * API.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { Code } from '../../src/shared/index.js';
import {
  assessApplication,
  createCreditPool,
  CreditScorer,
  defaultGbtOptions,
  defaultProductConfig,
  defaultTrainOptions,
  featureNames,
  featuresOf,
  gbtBias,
  gbtLogit,
  ksStatistic,
  loadCreditModel,
  loadProductConfig,
  logisticLogit,
  parseCreditCsv,
  purposes,
  readShippedModel,
  rocAuc,
  trainCreditModel,
  type CreditFile,
  type LoanApplication,
} from '../../src/risk-stream/index.js';

const header =
  'credit.policy,purpose,int.rate,installment,log.annual.inc,dti,fico,days.with.cr.line,' +
  'revol.bal,revol.util,inq.last.6mths,delinq.2yrs,pub.rec,not.fully.paid';
const row =
  '1,debt_consolidation,0.1189,829.1,11.35040654,19.48,737,5639.958333,28854,52.1,0,0,0,0';

const shipped = loadCreditModel(readShippedModel());
if (!shipped.ok) throw new Error(`shipped model invalid: ${shipped.reason}`);
const model = shipped.model;

const typical: CreditFile = {
  creditPolicy: 1,
  purpose: 'debt_consolidation',
  intRate: 0.12,
  installment: 300,
  logAnnualInc: 11,
  dti: 12,
  fico: 710,
  daysWithCrLine: 4500,
  revolBal: 15_000,
  revolUtil: 45,
  inqLast6mths: 1,
  delinq2yrs: 0,
  pubRec: 0,
};

describe('metrics', () => {
  const cases: [string, number[], number[], number, number][] = [
    ['perfect', [0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1, 1],
    ['reversed', [0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0, 1],
    ['all tied', [0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5, 0],
    ['one class', [0.1, 0.2], [0, 0], 0.5, 0],
    ['half', [0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1], 0.75, 0.5],
  ];
  it.each(cases)('%s', (_name, scores, targets, auc, ks) => {
    const s = Float64Array.from(scores);
    const t = Uint8Array.from(targets);
    expect(rocAuc(s, t)).toBeCloseTo(auc, 12);
    expect(ksStatistic(s, t)).toBeCloseTo(ks, 12);
  });
});

describe('parseCreditCsv', () => {
  it('reads rows by header name, target optional', () => {
    const parsed = parseCreditCsv(`${header}\n${row}\n`, true);
    expect(parsed.ok && parsed.table.files[0]?.fico).toBe(737);
    const noTarget = header.split(',').slice(0, -1).join(',');
    const scored = parseCreditCsv(`${noTarget}\n${row.split(',').slice(0, -1).join(',')}`, false);
    expect(scored.ok && scored.table.targets).toBeUndefined();
  });
  const bad: [string, string, boolean, RegExp][] = [
    ['empty', '', false, /empty/],
    ['missing column', 'purpose,fico\nx,1', false, /missing column 'credit.policy'/],
    ['missing target', header.replace(',not.fully.paid', ''), true, /not.fully.paid/],
    ['bad number', `${header}\n${row.replace('737', 'abc')}`, true, /line 2: column 'fico'/],
    ['bad purpose', `${header}\n${row.replace('debt_consolidation', 'yacht')}`, true, /purpose/],
    ['fico out of range', `${header}\n${row.replace('737', '9999')}`, true, /fico/],
    ['bad target', `${header}\n${row.slice(0, -1)}2`, true, /must be 0 or 1/],
    ['header only', `${header}\n`, true, /no data rows/],
  ];
  it.each(bad)('%s', (_name, text, requireTarget, message) => {
    const parsed = parseCreditCsv(text, requireTarget);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(message);
  });
});

describe('training', () => {
  it('is reproducible from (data, seed) and reports CV figures', () => {
    const text = readFileSync(new URL('../../data/lendingclub/train.csv', import.meta.url), 'utf8');
    const small = text.split('\n').slice(0, 1_201).join('\n');
    const parsed = parseCreditCsv(small, true);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const options = { ...defaultTrainOptions, gbt: { ...defaultGbtOptions, rounds: 40 } };
    const first = trainCreditModel(parsed.table, options);
    const second = trainCreditModel(parsed.table, options);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.cv.logistic.foldAucs).toHaveLength(5);
    expect(first.cv.gbt.auc).toBeGreaterThan(0.5);
    expect(loadCreditModel(JSON.parse(JSON.stringify(first))).ok).toBe(true);
    // Two full cross-validated trainings: slow on a shared, loaded machine, not a time check.
  }, 180_000);

  it('ships a model whose default has the better CV AUC', () => {
    const other = model.defaultModel === 'gbt' ? 'logistic' : 'gbt';
    expect(model.cv[model.defaultModel].auc).toBeGreaterThanOrEqual(model.cv[other].auc);
    expect(model.cv[model.defaultModel].auc).toBeGreaterThan(0.66);
  });

  it('rejects model files that do not match the code', () => {
    expect(loadCreditModel(null).ok).toBe(false);
    expect(loadCreditModel({ ...model, version: 2 }).ok).toBe(false);
    expect(loadCreditModel({ ...model, featureNames: ['fico'] }).ok).toBe(false);
    const [tree] = model.gbt.trees;
    const loop = { ...tree, left: tree?.left.map(() => 0) };
    expect(loadCreditModel({ ...model, gbt: { ...model.gbt, trees: [loop] } }).ok).toBe(false);
  });
});

const creditFile = fc.record({
  creditPolicy: fc.constantFrom(0, 1),
  purpose: fc.constantFrom(...purposes),
  intRate: fc.double({ min: 0.06, max: 0.22, noNaN: true }),
  installment: fc.double({ min: 20, max: 900, noNaN: true }),
  logAnnualInc: fc.double({ min: 8, max: 14, noNaN: true }),
  dti: fc.double({ min: 0, max: 30, noNaN: true }),
  fico: fc.integer({ min: 612, max: 827 }),
  daysWithCrLine: fc.double({ min: 180, max: 17_000, noNaN: true }),
  revolBal: fc.integer({ min: 0, max: 500_000 }),
  revolUtil: fc.double({ min: 0, max: 119, noNaN: true }),
  inqLast6mths: fc.integer({ min: 0, max: 20 }),
  delinq2yrs: fc.integer({ min: 0, max: 5 }),
  pubRec: fc.integer({ min: 0, max: 3 }),
});

describe('scores and reason codes', () => {
  const scorer = new CreditScorer(model);

  it('contributions plus bias give the logit exactly, for both models', () => {
    fc.assert(
      fc.property(creditFile, (file) => {
        const x = featuresOf(file);
        const lr = new Float64Array(featureNames.length);
        const logit = logisticLogit(model.logistic, x, lr);
        expect(model.logistic.intercept + lr.reduce((a, b) => a + b, 0)).toBeCloseTo(logit, 9);
        const gbt = new Float64Array(featureNames.length);
        const gbtL = gbtLogit(model.gbt, x, gbt);
        expect(gbtBias(model.gbt) + gbt.reduce((a, b) => a + b, 0)).toBeCloseTo(gbtL, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('is monotone in FICO, inquiries and public records, for both models', () => {
    fc.assert(
      fc.property(creditFile, fc.integer({ min: 1, max: 100 }), (file, step) => {
        for (const kind of ['logistic', 'gbt'] as const) {
          const base = scorer.pd(file, kind);
          const better = { ...file, fico: Math.min(827, file.fico + step) };
          expect(scorer.pd(better, kind)).toBeLessThanOrEqual(base + 1e-12);
          const inquiries = { ...file, inqLast6mths: file.inqLast6mths + 1 + (step % 5) };
          expect(scorer.pd(inquiries, kind)).toBeGreaterThanOrEqual(base - 1e-12);
          const records = { ...file, pubRec: file.pubRec + 1 };
          expect(scorer.pd(records, kind)).toBeGreaterThanOrEqual(base - 1e-12);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the features that moved a score most', () => {
    const risky = { ...typical, fico: 640, inqLast6mths: 6, purpose: 'small_business' as const };
    const score = scorer.score(risky);
    expect(score.reasons.length).toBeGreaterThan(0);
    expect(score.reasons.length).toBeLessThanOrEqual(4);
    const names = score.reasons.map((reason) => reason.feature);
    expect(names).toContain('fico');
    const fico = score.reasons.find((reason) => reason.feature === 'fico');
    expect(fico?.contribution).toBeGreaterThan(0);
    const magnitudes = score.reasons.map((reason) => Math.abs(reason.contribution));
    expect([...magnitudes].sort((a, b) => b - a)).toEqual(magnitudes);
    const safe = scorer.score({ ...typical, fico: 800, inqLast6mths: 0 });
    expect(safe.pd).toBeLessThan(score.pd);
  });
});

function application(overrides: Partial<LoanApplication> = {}): LoanApplication {
  return {
    applicationId: 'app-1',
    accountId: 'acct-1',
    amountFen: 5_000_000,
    termMonths: 36,
    applicant: { ageYears: 35, occupation: 'engineer', annualIncomeFen: 20_000_000 },
    credit: typical,
    ...overrides,
  };
}

describe('assessApplication', () => {
  const scorer = new CreditScorer(model);
  const person = application().applicant;
  const decisions: [string, Partial<LoanApplication>, string, string[]][] = [
    ['good applicant', { credit: { ...typical, fico: 790 } }, 'approve', []],
    ['too young', { applicant: { ...person, ageYears: 17 } }, 'reject', ['product:age']],
    ['too old', { applicant: { ...person, ageYears: 70 } }, 'reject', ['product:age']],
    [
      'low income',
      { applicant: { ...person, annualIncomeFen: 100 } },
      'reject',
      ['product:income'],
    ],
    [
      'declined job',
      { applicant: { ...person, occupation: 'Student' } },
      'reject',
      ['product:occupation'],
    ],
    [
      'review job',
      { applicant: { ...person, occupation: 'freelancer' } },
      'review',
      ['product:occupation'],
    ],
  ];
  it.each(decisions)('%s', (_name, overrides, decision, rules) => {
    const result = assessApplication(scorer, application(overrides), defaultProductConfig);
    expect(result.code).toBe(Code.OK);
    if (result.code !== Code.OK) return;
    expect(result.decision).toBe(decision);
    for (const rule of rules) expect(result.decisionRules).toContain(rule);
    expect(result.marketId).toBe(`36M:${result.grade}`);
  });

  it('grades, prices and decides by PD', () => {
    const bad = { ...typical, fico: 620, inqLast6mths: 15, creditPolicy: 0, intRate: 0.21 };
    const result = assessApplication(scorer, application({ credit: bad }), defaultProductConfig);
    const good = assessApplication(scorer, application(), defaultProductConfig);
    expect(result.code === Code.OK && good.code === Code.OK).toBe(true);
    if (result.code !== Code.OK || good.code !== Code.OK) return;
    expect(result.pd).toBeGreaterThan(good.pd);
    expect(result.grade > good.grade).toBe(true);
    expect(result.maxRateBps).toBeGreaterThan(good.maxRateBps);
    expect(result.decision).not.toBe('approve');
  });

  const invalid: [string, Partial<LoanApplication>, string][] = [
    ['bad id', { applicationId: 'no spaces allowed' }, 'applicationId'],
    ['bad account', { accountId: '' }, 'accountId'],
    ['bad term', { termMonths: 7 }, 'termMonths'],
    ['zero amount', { amountFen: 0 }, 'amountFen'],
    ['float amount', { amountFen: 1.5 }, 'amountFen'],
    ['bad age', { applicant: { ...person, ageYears: -1 } }, 'applicant.ageYears'],
    [
      'bad income',
      { applicant: { ...person, annualIncomeFen: Number.NaN } },
      'applicant.annualIncomeFen',
    ],
    ['bad fico', { credit: { ...typical, fico: 100 } }, 'credit.fico'],
    [
      'bad purpose',
      { credit: { ...typical, purpose: 'yacht' as 'educational' } },
      'credit.purpose',
    ],
  ];
  it.each(invalid)('rejects %s', (_name, overrides, field) => {
    const result = assessApplication(scorer, application(overrides), defaultProductConfig);
    expect(result.code).not.toBe(Code.OK);
    if (result.code !== Code.OK) expect(result.field).toBe(field);
  });

  it('validates product configs', () => {
    expect(loadProductConfig(defaultProductConfig).ok).toBe(true);
    const cases: [unknown, string][] = [
      [null, ''],
      [{ ...defaultProductConfig, version: 0 }, 'version'],
      [{ ...defaultProductConfig, grades: defaultProductConfig.grades.slice(1) }, 'grades'],
      [{ ...defaultProductConfig, approvePdMax: 0.5, rejectPdMin: 0.4 }, 'rejectPdMin'],
      [{ ...defaultProductConfig, ageMax: 10 }, 'ageMax'],
      [{ ...defaultProductConfig, declinedOccupations: [1] }, 'declinedOccupations'],
    ];
    for (const [raw, field] of cases) {
      const loaded = loadProductConfig(raw);
      expect(loaded.ok).toBe(false);
      if (!loaded.ok) expect(loaded.field.startsWith(field)).toBe(true);
    }
  });
});

describe('credit pool', () => {
  const pool = createCreditPool({ threads: 1, chunkSize: 64 });
  afterAll(() => pool.close());

  it('scores a batch in order, like the in-thread scorer', async () => {
    const scorer = new CreditScorer(model);
    const batch = Array.from({ length: 200 }, (_, i) =>
      application({ applicationId: `app-${i}`, credit: { ...typical, fico: 620 + i } }),
    );
    batch[7] = application({ applicationId: 'app-7', termMonths: 5 });
    const answer = await pool.scoreApplications(batch);
    expect(answer.code).toBe(Code.OK);
    const results = answer.results ?? [];
    expect(results.map((r) => r.applicationId)).toEqual(batch.map((a) => a.applicationId));
    expect(results[7]?.code).toBe(Code.INVALID_FIELD);
    expect(results[3]).toEqual(
      assessApplication(scorer, batch[3] ?? application(), defaultProductConfig),
    );
    const pds = await pool.scoreFiles(batch.map((a) => a.credit));
    expect(pds[10]).toBeCloseTo(scorer.pd(batch[10]?.credit ?? typical), 12);
  });
});
