/**
 * SHA-256 of every record in a run of journal records, in one WebAssembly call.
 *
 * Goal: take the per-entry hashing cost down. Node's sha256 (`crypto.hash`) costs about 1.5 us
 * per call on this machine, nearly all of it call overhead (OpenSSL itself needs about 0.2 us
 * for a 90-byte record); the journal hashes one record per entry, on the writer's thread and
 * again on every verification. Hashing a whole run of records in one call removes the overhead.
 *
 * Method: the module is generated here, byte by byte, from a plain SHA-256 (FIPS 180-4) with
 * the 64 rounds unrolled and the eight working variables renamed each round instead of moved,
 * so it needs no build tool and no binary in the repository. It has three functions over its
 * own memory: `digest(ptr, len, out)`, `chain(start, end)` (fill each record's hash slot: the
 * writer) and `check(start, end)` (compare each record's stored hash: the verifier). A record
 * is `u32 bodyBytes, body, 32-byte hash` and is hashed together with the 32 bytes before it,
 * exactly as entry-codec.ts defines. `checkFast(start, end)` answers as check does when every
 * record matches, else -1 (then check says where): it hashes the records whose hashed bytes
 * fill one block and part of a second (nearly every plain transfer's) four at a time, one per
 * lane of 128-bit SIMD registers, since the records' hashes do not depend on each other when
 * checking, with the message schedule kept in memory rather than in (spilled) registers. Here
 * it took about 270 ns a record where check took about 590 (CPU time, same runs, a loaded
 * machine). Tests compare it with node:crypto on many inputs.
 * `Sha256Runs` copies a Buffer range into the module's memory and back; a copy costs far less
 * than the calls it saves.
 */
import { assert } from '../shared/index.js';

/* prettier-ignore */
const roundConstants = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
];
/* prettier-ignore */
const initialHash = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

const op = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  call: 0x10,
  localGet: 0x20,
  localSet: 0x21,
  localTee: 0x22,
  load: 0x28,
  load8: 0x2d,
  store: 0x36,
  store8: 0x3a,
  const: 0x41,
  eqz: 0x45,
  eq: 0x46,
  ne: 0x47,
  ltU: 0x49,
  gtU: 0x4b,
  leU: 0x4d,
  geU: 0x4f,
  add: 0x6a,
  sub: 0x6b,
  mul: 0x6c,
  and: 0x71,
  or: 0x72,
  xor: 0x73,
  shl: 0x74,
  shrU: 0x76,
  rotl: 0x77,
  rotr: 0x78,
  void: 0x40,
  i32: 0x7f,
  v128: 0x7b,
} as const;

/** SIMD instructions (each after the 0xfd prefix). */
const simd = {
  shuffle: 0x0d,
  splat: 0x11,
  replaceLane: 0x1c,
  eq: 0x37,
  and: 0x4e,
  or: 0x50,
  xor: 0x51,
  bitselect: 0x52,
  allTrue: 0xa3,
  shl: 0xab,
  shrU: 0xad,
  add: 0xae,
  load: 0x00,
  store: 0x0b,
} as const;
/** Reverses the bytes of each 32-bit lane (SHA-256 words are big-endian). */
const bswapLanes = [3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14, 13, 12];

function uleb(value: number): number[] {
  const out: number[] = [];
  let rest = value >>> 0;
  do {
    const byte = rest & 0x7f;
    rest >>>= 7;
    out.push(rest === 0 ? byte : byte | 0x80);
  } while (rest !== 0);
  return out;
}

function sleb(value: number): number[] {
  const out: number[] = [];
  let rest = value | 0;
  for (;;) {
    const byte = rest & 0x7f;
    rest >>= 7;
    const done = (rest === 0 && (byte & 0x40) === 0) || (rest === -1 && (byte & 0x40) !== 0);
    out.push(done ? byte : byte | 0x80);
    if (done) return out;
  }
}

/** A function body under construction: stack-machine code with a few helpers. */
class Code {
  readonly bytes: number[] = [];
  emit(...bytes: number[]): this {
    for (const byte of bytes) this.bytes.push(byte);
    return this;
  }
  get(local: number): this {
    return this.emit(op.localGet, ...uleb(local));
  }
  set(local: number): this {
    return this.emit(op.localSet, ...uleb(local));
  }
  tee(local: number): this {
    return this.emit(op.localTee, ...uleb(local));
  }
  i32(value: number): this {
    return this.emit(op.const, ...sleb(value));
  }
  load(offset = 0): this {
    return this.emit(op.load, 2, ...uleb(offset));
  }
  store(offset = 0): this {
    return this.emit(op.store, 2, ...uleb(offset));
  }
  /** Reverses the byte order of the value on the stack (SHA-256 words are big-endian). */
  bswap(scratch: number): this {
    this.tee(scratch).i32(8).emit(op.rotl).i32(0x00ff00ff).emit(op.and);
    return this.get(scratch).i32(8).emit(op.rotr).i32(0xff00ff00).emit(op.and, op.or);
  }
  v(instruction: number, ...immediates: number[]): this {
    return this.emit(0xfd, ...uleb(instruction), ...immediates);
  }
  /** Four-lane rotr(x, a) ^ rotr(x, b) ^ (shift ? x >>> c : rotr(x, c)) */
  sigma4(x: number, a: number, b: number, c: number, shift: boolean): this {
    this.rotr4(x, a).rotr4(x, b).v(simd.xor);
    if (shift) this.get(x).i32(c).v(simd.shrU);
    else this.rotr4(x, c);
    return this.v(simd.xor);
  }
  rotr4(x: number, bits: number): this {
    this.get(x)
      .i32(bits)
      .v(simd.shrU)
      .get(x)
      .i32(32 - bits)
      .v(simd.shl);
    return this.v(simd.or);
  }
  /** rotr(x, a) ^ rotr(x, b) ^ (shift ? x >>> c : rotr(x, c)) */
  sigma(x: number, a: number, b: number, c: number, shift: boolean): this {
    this.get(x).i32(a).emit(op.rotr).get(x).i32(b).emit(op.rotr, op.xor).get(x).i32(c);
    return this.emit(shift ? op.shrU : op.rotr, op.xor);
  }
}

/** Locals of `digest`: params ptr, len, out; then the working state. */
const L = {
  ptr: 0,
  len: 1,
  out: 2,
  full: 3,
  blocks: 4,
  index: 5,
  block: 6,
  tmp: 7,
  t1: 8,
  hash: 9, // 8 locals: the running hash H0..H7
  work: 17, // 8 locals: a..h
  w: 25, // 16 locals: the message schedule window
} as const;
const digestLocals = 41 - 3;
/** Fixed addresses in the module's memory. */
const padAt = 64;
const checkOutAt = 192;
const endPosAt = 0;
/** Record starts of the four messages `lanes4` hashes, then each one's padded second block. */
const lanesAt = 256;
const lanePadAt = 512;
/** The message schedule of `lanes4`: 64 words of four lanes. */
const scheduleAt = 1024;
/** Where callers' data starts. */
export const workAt = 2048;

type Eight = [number, number, number, number, number, number, number, number];

/** One SHA-256 compression of the 64-byte block at local `block` into the `hash` locals. */
function emitCompress(c: Code): void {
  for (let j = 0; j < 8; j++) c.get(L.hash + j).set(L.work + j);
  for (let j = 0; j < 16; j++)
    c.get(L.block)
      .load(4 * j)
      .bswap(L.tmp)
      .set(L.w + j);
  let v = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => L.work + j);
  for (let t = 0; t < 64; t++) {
    const w = L.w + (t % 16);
    if (t >= 16) {
      c.get(w)
        .sigma(L.w + ((t - 2) % 16), 17, 19, 10, true)
        .emit(op.add);
      c.get(L.w + ((t - 7) % 16)).emit(op.add);
      c.sigma(L.w + ((t - 15) % 16), 7, 18, 3, true)
        .emit(op.add)
        .set(w);
    }
    const [a, b, cc, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => v[j] ?? 0) as Eight;
    // t1 = h + S1(e) + Ch(e, f, g) + K[t] + W[t]
    c.get(h).sigma(e, 6, 11, 25, false).emit(op.add);
    c.get(g).get(e).get(f).get(g).emit(op.xor, op.and, op.xor, op.add);
    c.i32(roundConstants[t] ?? 0)
      .emit(op.add)
      .get(w)
      .emit(op.add)
      .set(L.t1);
    // d += t1; h = t1 + S0(a) + Maj(a, b, c)
    c.get(d).get(L.t1).emit(op.add).set(d);
    c.get(L.t1).sigma(a, 2, 13, 22, false).emit(op.add);
    c.get(a).get(b).emit(op.and).get(cc).get(a).get(b).emit(op.or, op.and, op.or, op.add);
    c.set(h);
    v = [h, a, b, cc, d, e, f, g];
  }
  for (let j = 0; j < 8; j++)
    c.get(L.hash + j)
      .get(L.work + j)
      .emit(op.add)
      .set(L.hash + j);
}

/** digest(ptr, len, out): sha256 of memory[ptr, ptr + len) written to memory[out, out + 32). */
function emitDigest(): Code {
  const c = new Code();
  // Full blocks are read in place; the tail is copied to the pad area and padded there.
  c.get(L.len).i32(6).emit(op.shrU).set(L.full);
  c.i32(padAt).i32(0).i32(128).emit(0xfc, 0x0b, 0x00); // memory.fill
  c.i32(padAt).get(L.ptr).get(L.full).i32(6).emit(op.shl, op.add);
  c.get(L.len).i32(63).emit(op.and).emit(0xfc, 0x0a, 0x00, 0x00); // memory.copy
  c.get(L.len).i32(63).emit(op.and).i32(padAt).emit(op.add).i32(0x80).emit(op.store8, 0, 0);
  // One pad block if the tail leaves room for the 8-byte length, else two.
  c.get(L.full).i32(1).i32(2).get(L.len).i32(63).emit(op.and).i32(56).emit(op.ltU);
  c.emit(0x1b, op.add).set(L.blocks); // select
  c.i32(padAt - 8)
    .get(L.blocks)
    .get(L.full)
    .emit(op.sub)
    .i32(6)
    .emit(op.shl, op.add);
  c.set(L.tmp);
  c.get(L.tmp).get(L.len).i32(29).emit(op.shrU).bswap(L.t1).store(0);
  c.get(L.tmp).get(L.len).i32(3).emit(op.shl).bswap(L.t1).store(4);
  initialHash.forEach((value, j) => c.i32(value).set(L.hash + j));
  c.i32(0).set(L.index);
  c.emit(op.loop, op.void);
  c.get(L.ptr).get(L.index).i32(6).emit(op.shl, op.add);
  c.i32(padAt).get(L.index).get(L.full).emit(op.sub).i32(6).emit(op.shl, op.add);
  c.get(L.index).get(L.full).emit(op.ltU, 0x1b).set(L.block);
  emitCompress(c);
  c.get(L.index).i32(1).emit(op.add).tee(L.index).get(L.blocks).emit(op.ltU, op.brIf, 0);
  c.emit(op.end);
  for (let j = 0; j < 8; j++)
    c.get(L.out)
      .get(L.hash + j)
      .bswap(L.tmp)
      .store(4 * j);
  return c.emit(op.end);
}

/**
 * chain/check(start, end): walks the records in [start, end) (the 32 bytes before start hold
 * the previous hash); chain writes each record's hash, check compares it and stops at the first
 * difference. Both answer the records done and leave the offset after the last at address 0.
 */
function emitWalk(check: boolean): Code {
  const [start, end, pos, bodyEnd, count] = [0, 1, 2, 3, 4];
  const c = new Code();
  c.get(start).set(pos).emit(op.block, op.void, op.loop, op.void);
  // Stop at a record whose length field or hash would run past the end.
  c.get(end).get(pos).emit(op.sub).i32(36).emit(op.ltU, op.brIf, 1);
  c.get(pos).load().get(end).get(pos).emit(op.sub).i32(36).emit(op.sub, op.gtU, op.brIf, 1);
  c.get(pos).i32(4).emit(op.add).get(pos).load().emit(op.add).set(bodyEnd);
  c.get(pos).i32(32).emit(op.sub).get(bodyEnd).get(pos).emit(op.sub).i32(32).emit(op.add);
  c.emit(...(check ? [op.const, ...sleb(checkOutAt)] : [op.localGet, bodyEnd]));
  c.emit(op.call, 0);
  if (check) {
    for (let j = 0; j < 8; j++) {
      c.i32(checkOutAt)
        .load(4 * j)
        .get(bodyEnd)
        .load(4 * j)
        .emit(op.ne, op.brIf, 1);
    }
  }
  c.get(bodyEnd).i32(32).emit(op.add).set(pos);
  c.get(count).i32(1).emit(op.add).set(count).emit(op.br, 0, op.end, op.end);
  c.i32(endPosAt).get(pos).store().get(count);
  return c.emit(op.end);
}

/** Locals of `lanes4`: i32 scratch, then v128 state, one lane per message. */
const Q = { pos: 0, len: 1, scratch: 2, base: 3, hash: 7, work: 15, t1: 23, tmp: 24 };
const lanesLocals = [
  [Q.hash, op.i32],
  [Q.tmp + 1 - Q.hash, op.v128],
];
/**
 * Records whose hashed bytes (previous hash, length, body) fill the first block and leave room
 * for the padding in the second: 64 to 119 bytes.
 */
const laneBodyMin = 64 - 36;
const laneBodyMax = 128 - 9 - 36;

/** Address (in the memarg) of the schedule's word `t`, for v128.load and v128.store. */
function scheduleWord(t: number): number[] {
  return [4, ...uleb(scheduleAt + 16 * t)];
}

/**
 * The whole message schedule of each lane's block (at locals base..base + 3) into memory: the
 * rounds then read one word each instead of keeping sixteen in registers (with eight of state,
 * more than the sixteen vector registers, so they spilled).
 */
function emitSchedule4(c: Code): void {
  for (let t = 0; t < 16; t++) {
    c.i32(0)
      .get(Q.base)
      .load(4 * t)
      .v(simd.splat);
    for (let j = 1; j < 4; j++)
      c.get(Q.base + j)
        .load(4 * t)
        .v(simd.replaceLane, j);
    c.tee(Q.tmp)
      .get(Q.tmp)
      .v(simd.shuffle, ...bswapLanes)
      .v(simd.store, ...scheduleWord(t));
  }
  for (let t = 16; t < 64; t++) {
    c.i32(0);
    c.i32(0)
      .v(simd.load, ...scheduleWord(t - 2))
      .set(Q.tmp);
    c.sigma4(Q.tmp, 17, 19, 10, true);
    c.i32(0)
      .v(simd.load, ...scheduleWord(t - 7))
      .v(simd.add);
    c.i32(0)
      .v(simd.load, ...scheduleWord(t - 15))
      .set(Q.tmp);
    c.sigma4(Q.tmp, 7, 18, 3, true).v(simd.add);
    c.i32(0)
      .v(simd.load, ...scheduleWord(t - 16))
      .v(simd.add);
    c.v(simd.store, ...scheduleWord(t));
  }
}

/** emitCompress for four messages at once, one in each 32-bit lane. */
function emitCompress4(c: Code): void {
  for (let j = 0; j < 8; j++) c.get(Q.hash + j).set(Q.work + j);
  emitSchedule4(c);
  let v = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => Q.work + j);
  for (let t = 0; t < 64; t++) {
    const [a, b, cc, d, e, f, g, h] = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => v[j] ?? 0) as Eight;
    // t1 = h + S1(e) + Ch(e, f, g) + K[t] + W[t]; Ch picks f where e has a 1 bit, else g.
    c.get(h).sigma4(e, 6, 11, 25, false).v(simd.add);
    c.get(f).get(g).get(e).v(simd.bitselect).v(simd.add);
    c.i32(roundConstants[t] ?? 0)
      .v(simd.splat)
      .v(simd.add);
    c.i32(0)
      .v(simd.load, ...scheduleWord(t))
      .v(simd.add)
      .set(Q.t1);
    c.get(d).get(Q.t1).v(simd.add).set(d);
    // h = t1 + S0(a) + Maj(a, b, c); Maj is b where a and c differ, else a.
    c.get(Q.t1).sigma4(a, 2, 13, 22, false).v(simd.add);
    c.get(b).get(a).get(a).get(cc).v(simd.xor).v(simd.bitselect).v(simd.add).set(h);
    v = [h, a, b, cc, d, e, f, g];
  }
  for (let j = 0; j < 8; j++)
    c.get(Q.hash + j)
      .get(Q.work + j)
      .v(simd.add)
      .set(Q.hash + j);
}

/**
 * lanes4(): hashes the four two-block records whose starts are at lanesAt and answers 1 if
 * every stored hash matches, else 0. The first block is read in place (it starts with the
 * previous hash); the second is padded in its lane's area.
 */
function emitLanes4(): Code {
  const c = new Code();
  for (let j = 0; j < 4; j++) {
    const pad = lanePadAt + 64 * j;
    c.i32(lanesAt + 4 * j)
      .load()
      .tee(Q.pos)
      .load()
      .i32(36)
      .emit(op.add)
      .set(Q.len);
    c.i32(pad).i32(0).i32(64).emit(0xfc, 0x0b, 0x00); // memory.fill
    c.i32(pad).get(Q.pos).i32(32).emit(op.add).get(Q.len).i32(64).emit(op.sub);
    c.emit(0xfc, 0x0a, 0x00, 0x00); // memory.copy
    c.i32(pad - 64)
      .get(Q.len)
      .emit(op.add)
      .i32(0x80)
      .emit(op.store8, 0, 0);
    c.i32(pad).get(Q.len).i32(3).emit(op.shl).bswap(Q.scratch).store(60);
  }
  initialHash.forEach((value, j) =>
    c
      .i32(value)
      .v(simd.splat)
      .set(Q.hash + j),
  );
  for (let j = 0; j < 4; j++) {
    c.i32(lanesAt + 4 * j)
      .load()
      .i32(32)
      .emit(op.sub)
      .set(Q.base + j);
  }
  emitCompress4(c);
  for (let j = 0; j < 4; j++) c.i32(lanePadAt + 64 * j).set(Q.base + j);
  emitCompress4(c);
  for (let j = 0; j < 4; j++) {
    c.i32(lanesAt + 4 * j)
      .load()
      .tee(Q.pos)
      .get(Q.pos)
      .load()
      .emit(op.add);
    c.i32(4)
      .emit(op.add)
      .set(Q.base + j);
  }
  c.i32(-1).v(simd.splat).set(Q.t1);
  for (let k = 0; k < 8; k++) {
    c.get(Q.base)
      .load(4 * k)
      .v(simd.splat);
    for (let j = 1; j < 4; j++)
      c.get(Q.base + j)
        .load(4 * k)
        .v(simd.replaceLane, j);
    c.tee(Q.tmp)
      .get(Q.tmp)
      .v(simd.shuffle, ...bswapLanes);
    c.get(Q.hash + k)
      .v(simd.eq)
      .get(Q.t1)
      .v(simd.and)
      .set(Q.t1);
  }
  return c.get(Q.t1).v(simd.allTrue).emit(op.end);
}

/**
 * checkFast(start, end): `check` four records at a time where it can. Answers the records
 * walked, all matching (the offset after the last at address 0), or -1 if any does not match,
 * without saying which: `check` then finds it.
 */
function emitCheckFast(): Code {
  const [start, end, pos, bodyEnd, count, lanes] = [0, 1, 2, 3, 4, 5];
  const c = new Code();
  const failIfZero = (): Code => c.emit(op.eqz, op.if, op.void).i32(-1).emit(op.return, op.end);
  c.get(start).set(pos).emit(op.block, op.void, op.loop, op.void);
  c.get(end).get(pos).emit(op.sub).i32(36).emit(op.ltU, op.brIf, 1);
  c.get(pos).load().get(end).get(pos).emit(op.sub).i32(36).emit(op.sub, op.gtU, op.brIf, 1);
  c.get(pos).i32(4).emit(op.add).get(pos).load().emit(op.add).set(bodyEnd);
  c.get(pos)
    .load()
    .i32(laneBodyMin)
    .emit(op.sub)
    .i32(laneBodyMax - laneBodyMin + 1);
  c.emit(op.ltU, op.if, op.void);
  c.i32(lanesAt).get(lanes).i32(2).emit(op.shl, op.add).get(pos).store();
  c.get(lanes).i32(1).emit(op.add).tee(lanes).i32(4).emit(op.eq, op.if, op.void);
  c.emit(op.call, 3);
  failIfZero().i32(0).set(lanes).emit(op.end);
  c.emit(op.else);
  c.get(pos).i32(32).emit(op.sub).get(bodyEnd).get(pos).emit(op.sub).i32(32).emit(op.add);
  c.i32(checkOutAt).emit(op.call, 0);
  for (let k = 0; k < 8; k++) {
    c.i32(checkOutAt)
      .load(4 * k)
      .get(bodyEnd)
      .load(4 * k)
      .emit(op.eq);
    failIfZero();
  }
  c.emit(op.end);
  c.get(bodyEnd).i32(32).emit(op.add).set(pos);
  c.get(count).i32(1).emit(op.add).set(count).emit(op.br, 0, op.end, op.end);
  // A last group of fewer than four: the free lanes hash the group's first record again.
  c.get(lanes).emit(op.if, op.void);
  for (let j = 1; j < 4; j++) {
    c.get(lanes).i32(j).emit(op.leU, op.if, op.void);
    c.i32(lanesAt + 4 * j)
      .i32(lanesAt)
      .load()
      .store()
      .emit(op.end);
  }
  c.emit(op.call, 3);
  failIfZero().emit(op.end);
  c.i32(endPosAt).get(pos).store().get(count);
  return c.emit(op.end);
}

function section(id: number, content: number[]): number[] {
  return [id, ...uleb(content.length), ...content];
}

function vector(items: number[][]): number[] {
  return [...uleb(items.length), ...items.flat()];
}

function name(text: string): number[] {
  return [...uleb(text.length), ...Buffer.from(text, 'latin1')];
}

function moduleBytes(): Uint8Array {
  const digestType = [0x60, 3, op.i32, op.i32, op.i32, 0];
  const walkType = [0x60, 2, op.i32, op.i32, 1, op.i32];
  const body = (locals: number[][], code: Code): number[] => {
    const content = [...vector(locals), ...code.bytes];
    return [...uleb(content.length), ...content];
  };
  const walkLocals = [[3, op.i32]];
  const lanesType = [0x60, 0, 1, op.i32];
  const bytes = [
    ...[0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00],
    ...section(1, vector([digestType, walkType, lanesType])),
    ...section(3, vector([[0], [1], [1], [2], [1]])),
    ...section(5, vector([[0x00, 1]])),
    ...section(
      7,
      vector([
        [...name('memory'), 0x02, 0],
        [...name('digest'), 0x00, 0],
        [...name('chain'), 0x00, 1],
        [...name('check'), 0x00, 2],
        [...name('checkFast'), 0x00, 4],
      ]),
    ),
    ...section(
      10,
      vector([
        body([[digestLocals, op.i32]], emitDigest()),
        body(walkLocals, emitWalk(false)),
        body(walkLocals, emitWalk(true)),
        body(lanesLocals, emitLanes4()),
        body([[4, op.i32]], emitCheckFast()),
      ]),
    ),
  ];
  return Uint8Array.from(bytes);
}

/** The parts of the WebAssembly API used here (the project's lib settings do not declare it). */
export interface WasmModule {
  readonly wasmModule?: never;
}
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => WasmModule;
  Instance: new (module: WasmModule, imports: object) => { exports: unknown };
}
const wasm = (globalThis as unknown as { WebAssembly: WasmApi }).WebAssembly;

let compiled: WasmModule | undefined;

/** The compiled module (compiled once per thread; a Module can be posted to workers). */
export function sha256Module(): WasmModule {
  compiled ??= new wasm.Module(moduleBytes());
  return compiled;
}

interface Exports {
  memory: WasmMemory;
  digest: (ptr: number, len: number, out: number) => void;
  chain: (start: number, end: number) => number;
  check: (start: number, end: number) => number;
  checkFast: (start: number, end: number) => number;
}

const pageBytes = 65_536;

/** One instance with its own memory, grown to the largest run it was given. */
export class Sha256Runs {
  readonly #exports: Exports;
  #view: Buffer;

  constructor(module: WasmModule = sha256Module()) {
    const instance = new wasm.Instance(module, {});
    this.#exports = instance.exports as unknown as Exports;
    this.#view = Buffer.from(this.#exports.memory.buffer);
  }

  /** sha256 of `data` (for tests and single records). */
  digest(data: Uint8Array): Buffer {
    const view = this.#room(data.length + 32);
    view.set(data, workAt);
    this.#exports.digest(workAt, data.length, workAt + data.length);
    return Buffer.from(view.subarray(workAt + data.length, workAt + data.length + 32));
  }

  /**
   * Fills the hash slot of every record in `source[start, end)`; the 32 bytes before `start` hold
   * the previous hash. The range must hold whole records. Answers the number of records.
   */
  chain(source: Buffer, start: number, end: number): number {
    assert(start >= 32 && start <= end && end <= source.length, 'chain range within the buffer');
    const view = this.#room(end - start + 32);
    view.set(source.subarray(start - 32, end), workAt);
    const records = this.#exports.chain(workAt + 32, workAt + 32 + end - start);
    const endAt = this.#endPos();
    assert(endAt === workAt + 32 + end - start, 'chain covers whole records only');
    source.set(view.subarray(workAt + 32, endAt), start);
    return records;
  }

  /**
   * Checks the stored hash of each record in `source[start, end)` (the previous hash in the 32
   * bytes before `start`) up to the first that differs or is incomplete. Answers how many
   * records matched and the offset in `source` after the last of them.
   */
  check(source: Uint8Array, start: number, end: number): { records: number; endAt: number } {
    assert(start >= 32 && start <= end && end <= source.length, 'check range within the buffer');
    const view = this.#room(end - start + 32);
    view.set(source.subarray(start - 32, end), workAt);
    const [from, to] = [workAt + 32, workAt + 32 + end - start];
    let records = this.#exports.checkFast(from, to);
    // Some record does not match: the one-at-a-time walk says which.
    if (records < 0) records = this.#exports.check(from, to);
    return { records, endAt: this.#endPos() - workAt - 32 + start };
  }

  #endPos(): number {
    return this.#view.readUInt32LE(endPosAt);
  }

  #room(bytes: number): Buffer {
    const needed = workAt + bytes;
    const memory = this.#exports.memory;
    if (memory.buffer.byteLength < needed) {
      memory.grow(Math.ceil((needed - memory.buffer.byteLength) / pageBytes));
      this.#view = Buffer.from(memory.buffer);
    }
    return this.#view;
  }
}
