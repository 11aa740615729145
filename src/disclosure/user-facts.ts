/**
 * The `users` and `risk_events` rows, built from what the gateway and the risk stream know, so
 * that the composition root only wires them: every mask and ref is applied here.
 *
 * Method: a registration still holds the clear name, phone and identity number, so it is masked
 * here with this module's masks (privacy.ts), the forms tables.ts documents; the province is the
 * region the identity number was issued in (its first two digits, GB/T 2260), a coarse place
 * and no address. A risk decision becomes its event's row: the outcome the fraud engine chose,
 * the device as a ref and the IP masked when the caller has them (FraudDecision carries neither
 * today: the row then says `unknown` and `*`).
 */
import { maskIdNumber, maskIp, maskName, maskPhone } from './privacy.js';
import type { RowOf } from './tables.js';

export type UserRow = RowOf<'users'>;
export type RiskEventRow = RowOf<'risk_events'>;

const provinces: Readonly<Record<string, string>> = {
  '11': '北京',
  '12': '天津',
  '13': '河北',
  '14': '山西',
  '15': '内蒙古',
  '21': '辽宁',
  '22': '吉林',
  '23': '黑龙江',
  '31': '上海',
  '32': '江苏',
  '33': '浙江',
  '34': '安徽',
  '35': '福建',
  '36': '江西',
  '37': '山东',
  '41': '河南',
  '42': '湖北',
  '43': '湖南',
  '44': '广东',
  '45': '广西',
  '46': '海南',
  '50': '重庆',
  '51': '四川',
  '52': '贵州',
  '53': '云南',
  '54': '西藏',
  '61': '陕西',
  '62': '甘肃',
  '63': '青海',
  '64': '宁夏',
  '65': '新疆',
  '71': '台湾',
  '81': '香港',
  '82': '澳门',
};

/** The province an identity number was issued in, or '' when its prefix is not one. */
export function provinceOf(idNumber: string): string {
  return provinces[idNumber.slice(0, 2)] ?? '';
}

export interface UserInput {
  userId: string;
  role: string;
  name: string;
  phone: string;
  idNumber: string;
}

/**
 * A registered user, masked. The risk level starts 'low' (the risk stream has judged nothing
 * yet); the platform records no related parties yet, so `related_party` is false.
 */
export function userRow(input: UserInput, ref: (userId: string) => string, nowMs: number): UserRow {
  const role = input.role === 'lender' || input.role === 'borrower' ? input.role : 'both';
  return {
    user_ref: ref(input.userId),
    role,
    name_masked: maskName(input.name),
    phone_masked: maskPhone(input.phone),
    id_number_masked: maskIdNumber(input.idNumber),
    province: provinceOf(input.idNumber),
    related_party: false,
    risk_level: 'low',
    registered_ms: nowMs,
  };
}

/** What a risk decision says about its event (FraudDecision has these fields). */
export interface DecisionInput {
  eventId: string;
  accountId: string;
  kind: string;
  outcome: 'approve' | 'review' | 'block';
  timeMs: number;
  features: { amountFen: number };
}

/** The event's device and IP, when the caller knows them. */
export interface EventOrigin {
  deviceId?: string;
  ip?: string;
}

export function riskEventRow(
  decision: DecisionInput,
  ref: (id: string) => string,
  origin: EventOrigin = {},
): RiskEventRow {
  const amount = decision.features.amountFen;
  const device = origin.deviceId ?? '';
  return {
    event_id: decision.eventId,
    // A failed login for an unknown user has no account.
    user_ref: decision.accountId === '' ? 'anonymous' : ref(decision.accountId),
    kind: decision.kind,
    // Devices are hashed with the user salt under their own prefix, so they never equal a user.
    device_ref: device === '' ? 'unknown' : ref(`device:${device}`),
    ip_masked: maskIp(origin.ip ?? ''),
    amount_fen: Number.isSafeInteger(amount) && amount > 0 ? amount : 0,
    outcome: decision.outcome,
    time_ms: decision.timeMs,
  };
}
