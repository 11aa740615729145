/**
 * The fraud engine's memory of decided event ids: a redelivered event gets its first decision
 * back, for the latest `capacity` ids (oldest forgotten first).
 *
 * Goal: remember 131,072 decisions without 131,072 decision objects for the garbage collector.
 * Kept as objects, every decision (with its features object) outlived the young generation, so
 * each was copied on promotion and then marked by every full collection (these took 35-160 ms
 * in the benchmark's consumer threads, on a loaded machine).
 *
 * Method: a ring of slots in flat arrays, one column per field: strings that already exist
 * (event and account ids, kind, outcome, level and config tag) by reference, the times and the
 * fourteen features as doubles in typed arrays off the JS heap (nothing to trace). Hits and
 * AML reports, present on the rare decisions that are not a plain approve, are kept by event
 * id beside it. `get` rebuilds a decision equal to the one stored; a Map gives the slot.
 */
import { assert } from '../../shared/index.js';
import type { AmlReport, Features, FraudDecision, Outcome, RiskLevel, RuleHit } from './engine.js';

/** Doubles per slot: the Features fields, in the order of writeFeatures / readFeatures. */
const featureWidth = 14;

function writeFeatures(out: Float64Array, at: number, f: Features): void {
  out[at] = f.loginsInWindow;
  out[at + 1] = f.failedLoginsInWindow;
  out[at + 2] = f.failedLoginsFromIp;
  out[at + 3] = f.newDevice;
  out[at + 4] = f.accountsOnDevice;
  out[at + 5] = f.accountsOnCard;
  out[at + 6] = f.accountsOnIp;
  out[at + 7] = f.msSinceProfileChange;
  out[at + 8] = f.bidsInWindow;
  out[at + 9] = f.roundTripPercent;
  out[at + 10] = f.nearThresholdCount;
  out[at + 11] = f.amountFen;
  out[at + 12] = f.hourSharePercent;
  out[at + 13] = f.eventsSeen;
}

function readFeatures(data: Float64Array, at: number): Features {
  return {
    loginsInWindow: data[at] ?? 0,
    failedLoginsInWindow: data[at + 1] ?? 0,
    failedLoginsFromIp: data[at + 2] ?? 0,
    newDevice: data[at + 3] ?? 0,
    accountsOnDevice: data[at + 4] ?? 0,
    accountsOnCard: data[at + 5] ?? 0,
    accountsOnIp: data[at + 6] ?? 0,
    msSinceProfileChange: data[at + 7] ?? 0,
    bidsInWindow: data[at + 8] ?? 0,
    roundTripPercent: data[at + 9] ?? 0,
    nearThresholdCount: data[at + 10] ?? 0,
    amountFen: data[at + 11] ?? 0,
    hourSharePercent: data[at + 12] ?? 0,
    eventsSeen: data[at + 13] ?? 0,
  };
}

interface Extras {
  hits: readonly RuleHit[];
  reports: readonly AmlReport[];
}

export class SeenDecisions {
  readonly #capacity: number;
  readonly #slotOf = new Map<string, number>();
  readonly #ids: string[] = [];
  readonly #accounts: string[] = [];
  readonly #kinds: FraudDecision['kind'][] = [];
  readonly #outcomes: Outcome[] = [];
  readonly #levels: RiskLevel[] = [];
  readonly #previous: RiskLevel[] = [];
  readonly #configs: string[] = [];
  readonly #devices: string[] = [];
  readonly #ips: string[] = [];
  /** Off the JS heap, allocated at the first decision: nothing here for the GC to copy or scan. */
  #times = new Float64Array(0);
  #features = new Float64Array(0);
  readonly #extras = new Map<string, Extras>();
  readonly #empty: Extras;
  /** Next slot to fill once the ring is full (the oldest). */
  #head = 0;

  constructor(capacity: number, empty: Extras) {
    assert(Number.isSafeInteger(capacity) && capacity > 0, 'capacity positive');
    assert(empty.hits.length === 0 && empty.reports.length === 0, 'empty extras are empty');
    this.#capacity = capacity;
    this.#empty = empty;
  }

  get size(): number {
    return this.#slotOf.size;
  }

  has(eventId: string): boolean {
    return this.#slotOf.has(eventId);
  }

  /** Stores a decision whose event id is not stored yet. */
  add(decision: FraudDecision): void {
    assert(!this.#slotOf.has(decision.eventId), 'one slot per event id');
    if (this.#times.length === 0) {
      this.#times = new Float64Array(this.#capacity);
      this.#features = new Float64Array(this.#capacity * featureWidth);
    }
    let slot = this.#ids.length;
    if (slot >= this.#capacity) {
      slot = this.#head;
      this.#head = (this.#head + 1) % this.#capacity;
      const oldest = this.#ids[slot] ?? '';
      this.#slotOf.delete(oldest);
      this.#extras.delete(oldest);
    }
    this.#ids[slot] = decision.eventId;
    this.#accounts[slot] = decision.accountId;
    this.#kinds[slot] = decision.kind;
    this.#outcomes[slot] = decision.outcome;
    this.#levels[slot] = decision.level;
    this.#previous[slot] = decision.previousLevel;
    this.#configs[slot] = decision.config;
    this.#devices[slot] = decision.deviceId;
    this.#ips[slot] = decision.ip;
    this.#times[slot] = decision.timeMs;
    writeFeatures(this.#features, slot * featureWidth, decision.features);
    if (decision.hits.length > 0 || decision.reports.length > 0) {
      this.#extras.set(decision.eventId, { hits: decision.hits, reports: decision.reports });
    }
    this.#slotOf.set(decision.eventId, slot);
    assert(this.#slotOf.size <= this.#capacity, 'within capacity');
  }

  /** The stored decision of `eventId`, rebuilt (equal to the one added), or undefined. */
  get(eventId: string): FraudDecision | undefined {
    const slot = this.#slotOf.get(eventId);
    if (slot === undefined) return undefined;
    const extras = this.#extras.get(eventId) ?? this.#empty;
    const decision: FraudDecision = {
      eventId,
      accountId: this.#accounts[slot] ?? '',
      kind: this.#kinds[slot] ?? 'login',
      deviceId: this.#devices[slot] ?? '',
      ip: this.#ips[slot] ?? '',
      outcome: this.#outcomes[slot] ?? 'approve',
      level: this.#levels[slot] ?? 'low',
      previousLevel: this.#previous[slot] ?? 'low',
      hits: extras.hits,
      features: readFeatures(this.#features, slot * featureWidth),
      config: this.#configs[slot] ?? '',
      reports: extras.reports,
      timeMs: this.#times[slot] ?? 0,
    };
    assert(this.#ids[slot] === eventId, 'slot holds the event asked for');
    return decision;
  }
}
