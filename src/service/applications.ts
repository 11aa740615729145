/**
 * Loan applications: score with the credit model, then act. An approved application is listed
 * at once as a tranche in the market of its term and grade, at the maximum rate the model
 * priced; one sent to manual review waits, and risk officers are alerted; a rejected one ends.
 * An officer's review decision is recorded with its reason and acted on the same way. Each
 * application id is answered once: a repeat gets the original decision.
 */
import type { RowOf } from '../disclosure/index.js';
import type { lending } from '../gen/proto/lending.js';
import type { BusinessCommand, Session } from '../gateway/index.js';
import type { ApplicationAssessment, CreditPool, LoanApplication } from '../risk-stream/index.js';
import { Code, type Clock, type ResultCode } from '../shared/index.js';

type ApplyCommand = Extract<BusinessCommand, { kind: 'apply' }>;
type ReviewCommand = Extract<BusinessCommand, { kind: 'review' }>;

export interface LoanDeskDeps {
  credit: CreditPool;
  clock: Clock;
  /** Lists the approved loan's tranche (through the matching engine). */
  list: (listing: {
    trancheId: string;
    marketId: string;
    borrowerId: string;
    amountFen: number;
    maxRateBps: number;
  }) => ResultCode;
  trancheIdOf: (applicationId: string) => string;
  reply: (connId: number, message: lending.v1.IServerMessage) => void;
  reject: (connId: number, requestId: number, code: ResultCode, detail?: string) => void;
  /** Tells risk officers an application waits for review. */
  alertOfficers: (alert: lending.v1.IAlert) => void;
  /** The application and its score for analytics (loan_applications). */
  fact: (row: RowOf<'loan_applications'>) => void;
  /** The one-way reference that stands for a user id in analytics. */
  ref: (userId: string) => string;
  onError: (context: string, error: unknown) => void;
}

interface Filed {
  borrowerId: string;
  /** The analytics row as first written; a review writes it again with the decision. */
  row: RowOf<'loan_applications'>;
  decision: lending.v1.IApplicationDecision;
  /** Present while the application waits for an officer. */
  pending?: { application: LoanApplication; assessment: ApplicationAssessment };
}

/** Applications kept in memory for idempotency and review; bounded. */
const filedMax = 100_000;

export class LoanDesk {
  readonly #deps: LoanDeskDeps;
  readonly #filed = new Map<string, Filed>();

  constructor(deps: LoanDeskDeps) {
    this.#deps = deps;
  }

  apply(session: Session, requestId: number, command: ApplyCommand): void {
    const { application: request } = command;
    const known = this.#filed.get(request.applicationId);
    if (known !== undefined) {
      if (known.borrowerId !== session.userId) {
        this.#deps.reject(session.connId, requestId, Code.APPLICATION_EXISTS);
      } else this.#deps.reply(session.connId, { requestId, applicationDecision: known.decision });
      return;
    }
    if (this.#filed.size >= filedMax) {
      this.#deps.reject(session.connId, requestId, Code.OVERLOADED, 'too many applications');
      return;
    }
    const application = toApplication(session.userId, request);
    this.#deps.credit.scoreApplications([application]).then(
      (answer) => this.#scored(session, requestId, application, answer),
      (error: unknown) => {
        this.#deps.onError('credit scoring failed', error);
        this.#deps.reject(session.connId, requestId, Code.SERVICE_UNAVAILABLE, 'credit scoring');
      },
    );
  }

  /** One application's decision and reason codes: its borrower's, or any for officers. */
  show(session: Session, requestId: number, applicationId: string): void {
    const filed = this.#filed.get(applicationId);
    const mayRead =
      filed !== undefined &&
      (filed.borrowerId === session.userId ||
        session.roles.includes('risk_officer') ||
        session.roles.includes('admin'));
    if (!mayRead) {
      this.#deps.reject(session.connId, requestId, Code.APPLICATION_NOT_FOUND, applicationId);
      return;
    }
    this.#deps.reply(session.connId, { requestId, applicationDecision: filed.decision });
  }

  review(session: Session, requestId: number, command: ReviewCommand): void {
    const filed = this.#filed.get(command.applicationId);
    const pending = filed?.pending;
    if (filed === undefined || pending === undefined) {
      this.#deps.reject(session.connId, requestId, Code.APPLICATION_NOT_FOUND);
      return;
    }
    delete filed.pending;
    const decision: lending.v1.IApplicationDecision = {
      ...filed.decision,
      decision: command.approve ? 'approve' : 'reject',
      reviewedBy: session.userId,
      reviewReason: command.reason,
    };
    if (command.approve) {
      const code = this.#listApproved(filed.borrowerId, pending.application, pending.assessment);
      if (code !== Code.OK) {
        filed.pending = pending;
        this.#deps.reject(session.connId, requestId, code);
        return;
      }
      decision.trancheId = this.#deps.trancheIdOf(pending.application.applicationId);
    }
    filed.decision = decision;
    filed.row = {
      ...filed.row,
      decision: command.approve ? 'approved' : 'rejected',
      decided_ms: this.#deps.clock.nowMs(),
    };
    this.#deps.fact(filed.row);
    this.#deps.reply(session.connId, { requestId, applicationDecision: decision });
  }

  #scored(
    session: Session,
    requestId: number,
    application: LoanApplication,
    answer: Awaited<ReturnType<CreditPool['scoreApplications']>>,
  ): void {
    const result = answer.results?.[0];
    if (result === undefined) {
      this.#deps.reject(session.connId, requestId, answer.code);
      return;
    }
    if (result.code !== Code.OK) {
      this.#deps.reject(session.connId, requestId, result.code, result.field);
      return;
    }
    const decision = toDecision(result);
    const nowMs = this.#deps.clock.nowMs();
    const row = applicationRow(application, result, nowMs, this.#deps.ref);
    const filed: Filed = { borrowerId: session.userId, decision, row };
    if (result.decision === 'approve') {
      const code = this.#listApproved(session.userId, application, result);
      if (code !== Code.OK) {
        this.#deps.reject(session.connId, requestId, code);
        return;
      }
      decision.trancheId = this.#deps.trancheIdOf(application.applicationId);
    } else if (result.decision === 'review') {
      filed.pending = { application, assessment: result };
      this.#alertReview(session.userId, application, result);
    }
    this.#filed.set(application.applicationId, filed);
    this.#deps.fact(row);
    this.#deps.reply(session.connId, { requestId, applicationDecision: decision });
  }

  #listApproved(
    borrowerId: string,
    application: LoanApplication,
    assessment: ApplicationAssessment,
  ): ResultCode {
    return this.#deps.list({
      trancheId: this.#deps.trancheIdOf(application.applicationId),
      marketId: assessment.marketId,
      borrowerId,
      amountFen: application.amountFen,
      maxRateBps: assessment.maxRateBps,
    });
  }

  #alertReview(
    borrowerId: string,
    application: LoanApplication,
    assessment: ApplicationAssessment,
  ): void {
    this.#deps.alertOfficers({
      alertId: `credit-review:${application.applicationId}`,
      ruleId: 'credit-review',
      level: 'review',
      accountId: borrowerId,
      summary:
        `application ${application.applicationId} for ${application.amountFen} fen needs a ` +
        `review: grade ${assessment.grade}, PD ${assessment.pd.toFixed(3)}, ` +
        `rules ${assessment.decisionRules.join(', ')}`,
      features: Object.fromEntries(
        assessment.reasons.map((reason) => [reason.feature, reason.contribution.toFixed(4)]),
      ),
      eventIds: [application.applicationId],
      timeMs: this.#deps.clock.nowMs(),
    });
  }
}

function toApplication(borrowerId: string, request: ApplyCommand['application']): LoanApplication {
  return {
    applicationId: request.applicationId,
    accountId: borrowerId,
    amountFen: request.amountFen,
    termMonths: request.termMonths,
    applicant: {
      ageYears: request.ageYears,
      occupation: request.occupation,
      annualIncomeFen: request.annualIncomeFen,
    },
    credit: request.credit as unknown as LoanApplication['credit'],
  };
}

const decisionNames = { approve: 'approved', reject: 'rejected', review: 'review' } as const;

/** The analytics row: no personal data (the borrower as a reference, the purpose category). */
function applicationRow(
  application: LoanApplication,
  result: ApplicationAssessment,
  nowMs: number,
  ref: (userId: string) => string,
): RowOf<'loan_applications'> {
  return {
    application_id: application.applicationId,
    borrower_ref: ref(application.accountId),
    amount_fen: application.amountFen,
    term_months: application.termMonths,
    purpose: application.credit.purpose,
    // A points scale the analysts read as "higher is safer": 1000 × (1 - probability of default).
    score: Math.round(1000 * (1 - result.pd)),
    grade: result.grade,
    max_rate_bps: result.maxRateBps,
    decision: decisionNames[result.decision],
    reason_codes: result.reasons.map((reason) => reason.feature).join(','),
    applied_ms: nowMs,
    decided_ms: result.decision === 'review' ? 0 : nowMs,
  };
}

function toDecision(result: ApplicationAssessment): lending.v1.IApplicationDecision {
  return {
    applicationId: result.applicationId,
    decision: result.decision,
    probabilityOfDefault: result.pd,
    grade: result.grade,
    marketId: result.marketId,
    maxRateBps: result.maxRateBps,
    reasons: result.reasons.map((reason) => ({
      feature: reason.feature,
      contribution: reason.contribution,
    })),
    rules: result.decisionRules,
  };
}
