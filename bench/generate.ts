/**
 * A deterministic generator of gateway logs as support engineers open them: mostly noise full of
 * numbers that are not error codes (durations, ports, pids, sizes, HTTP statuses of the gateway's
 * own API), JSON lines and webhook payloads, and a few percent of real error lines.
 */
import type { Catalog } from '../shared/src/catalog';

/** mulberry32: a tiny seeded PRNG, so every run generates the very same bytes. */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Line = (g: Gen) => string;

/** Random pieces of a log line. */
class Gen {
  private clock = Date.UTC(2025, 2, 14, 9, 0, 0);

  constructor(
    readonly random: () => number,
    private readonly titles: ReadonlyMap<number, string>,
  ) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)];
  }
  hex(length: number): string {
    let out = '';
    for (let i = 0; i < length; i++) out += '0123456789abcdef'[this.int(0, 15)];
    return out;
  }
  uuid(): string {
    return `${this.hex(8)}-${this.hex(4)}-4${this.hex(3)}-${this.pick(['8', '9', 'a', 'b'])}${this.hex(3)}-${this.hex(12)}`;
  }
  msgId(): string {
    return `gBEGkYiEB1VXAglK${this.hex(12).toUpperCase()}`;
  }
  phone(): string {
    return `${this.pick(['20100', '20155', '96650', '97150', '20122'])}${this.int(1000000, 9999999)}`;
  }
  /** Durations, often round numbers that happen to be codes too: took 1000ms, retry_in=2000ms. */
  ms(): number {
    return this.random() < 0.2 ? this.pick([400, 500, 1000, 1500, 2000, 3000]) : this.int(1, 1500);
  }
  /** Ticks the clock and returns an ISO timestamp. */
  ts(): string {
    this.clock += this.int(0, 40);
    return new Date(this.clock).toISOString();
  }
  epoch(): number {
    return Math.floor(this.clock / 1000);
  }
  title(code: number): string {
    return this.titles.get(code) ?? 'Unknown error';
  }
}

const PATHS = ['/conversation/wab/v1/messages', '/conversation/wab/v1/media', '/auth/v1/tokens', '/conversation/wab/v1/templates'];
const ERROR_CODES = [470, 471, 472, 1000, 1004, 1005, 1006, 1008, 1009, 1011, 1013, 1015, 1016, 1018, 1026, 2001, 2012];
/** Cloud API codes as today's traffic carries them (small Graph codes included). */
const CLOUD_CODES = [131047, 130429, 131026, 131056, 132000, 131049, 132001, 131000, 190, 100, 4];
const PORTS = [8443, 6250, 5432, 6379, 1010, 2000, 9090];

/** Noise: 96 % of the lines, by weight. */
const NOISE: [number, Line][] = [
  [30, (g) => `${g.ts()} INFO  [http] ${g.pick(['POST', 'GET'])} ${g.pick(PATHS)} 200 ${g.ms()}ms req_id=${g.uuid()} msg_id=${g.msgId()}`],
  [2, (g) => `${g.ts()} WARN  [http] POST ${g.pick(PATHS)} ${g.pick([500, 502, 503, 404])} ${g.ms()}ms req_id=${g.uuid()} upstream=coreapp`],
  [12, (g) => `${g.ts()} INFO  [send] delivered to=${g.phone()} msg_id=${g.msgId()} took ${g.ms()}ms attempt=1`],
  [8, (g) => `${g.ts()} DEBUG [pool] connections active=${g.int(0, 64)} idle=${g.int(0, 16)} wait_ms=${g.int(0, 30)} heap_mb=${g.int(200, 900)} gc_pause_ms=${g.int(0, 40)}`],
  [3, (g) => `${g.ts()} INFO  [worker] worker pid=${g.int(1000, 40000)} port=${g.pick(PORTS)} started in ${g.ms()}ms`],
  [4, (g) => `${g.ts()} INFO  [metrics] sent=${g.int(0, 5000)} delivered=${g.int(0, 5000)} failed=${g.int(0, 80)} p50_ms=${g.int(50, 200)} p95_ms=${g.int(200, 2000)} uptime=${g.int(1, 90000)}s`],
  [12, (g) => `{"ts":"${g.ts()}","level":"info","logger":"webhook","event":"received","bytes":${g.int(200, 4000)},"duration_ms":${g.ms()},"queue":${g.int(0, 2000)},"port":${g.pick(PORTS)}}`],
  [15, (g) => `{"statuses":[{"id":"${g.msgId()}","recipient_id":"${g.phone()}","status":"${g.pick(['sent', 'delivered', 'read'])}","timestamp":"${g.epoch()}"}]}`],
  [5, (g) => `${g.ts()} INFO  [queue] batch=${g.int(1, 2013)} size=${g.int(1, 500)} flushed in ${g.ms()}ms offset=${g.int(0, 9999999)}`],
  [2, (g) => `${g.ts()} INFO  [http] GET /health 200 1ms build=20250301.${g.int(1000, 2000)} commit=${g.hex(7)}`],
  [4, (g) => `${g.ts()} INFO  [send] fallback to template order_update_v${g.int(1, 4)} for to=${g.phone()} took ${g.ms()}ms`],
];

/** Real error lines: 4 % of the lines, by weight (On-Premises and Cloud API). */
const ERRORS: [number, Line][] = [
  [0.6, (g) => { const c = g.pick(ERROR_CODES); return `${g.ts()} ERROR [send] POST /conversation/wab/v1/messages 400 ${g.ms()}ms code=${c} title="${g.title(c)}" req_id=${g.uuid()}`; }],
  [0.3, (g) => { const c = g.pick(ERROR_CODES); return `${g.ts()} ERROR [media] upload failed error_code=${c} title="${g.title(c)}" media_id=${g.int(1e9, 9e9)} size=${g.int(1000, 900000)}`; }],
  [0.3, (g) => { const c = g.pick([470, 471, 472]); return `${g.ts()} ERROR [send] whatsapp error ${c}: ${g.title(c)} to=${g.phone()} msg_id=${g.msgId()}`; }],
  [0.3, (g) => `${g.ts()} WARN  [send] errors[0].code=1015 errors[0].title="Too many requests" retry_in=${g.ms()}ms attempt=${g.int(1, 4)}/4`],
  [0.1, (g) => `${g.ts()} ERROR [coreapp] 1017 Not Primary Master: shard=${g.int(0, 8)} node=wa-master-${g.int(1, 3)}.internal:6250`],
  [0.3, (g) => `${g.ts()} WARN  [auth] POST /conversation/wab/v1/messages 401 ${g.ms()}ms req_id=${g.uuid()} error=${g.pick(['MISSING_TOKEN', 'INVALID_ACCESS_TOKEN', 'TOKEN'])} client_ip=10.20.${g.int(0, 255)}.${g.int(1, 254)}`],
  [0.8, (g) => { const c = g.pick(ERROR_CODES); return `{"statuses":[{"id":"${g.msgId()}","recipient_id":"${g.phone()}","status":"failed","timestamp":"${g.epoch()}","errors":[{"code":${c},"title":"${g.title(c)}"}]}]}`; }],
  [0.3, (g) => { const c = g.pick(ERROR_CODES); return `{"errors":[{"code":${c},"title":"${g.title(c)}"}],"meta":{"api_status":"stable","version":"2.53.1"}}`; }],
  [0.6, (g) => { const c = g.pick(CLOUD_CODES); return `{"error":{"message":"(#${c}) ${g.title(c)}","type":"OAuthException","code":${c},"error_data":{"messaging_product":"whatsapp","details":"${g.title(c)}"},"fbtrace_id":"A${g.hex(20)}"}}`; }],
  [0.6, (g) => { const c = g.pick(CLOUD_CODES); return `{"object":"whatsapp_business_account","entry":[{"changes":[{"value":{"statuses":[{"id":"${g.msgId()}","status":"failed","timestamp":"${g.epoch()}","recipient_id":"${g.phone()}","errors":[{"code":${c},"title":"${g.title(c)}"}]}]}}]}]}`; }],
];

const LINES = [...NOISE, ...ERRORS];
const TOTAL_WEIGHT = LINES.reduce((sum, [weight]) => sum + weight, 0);

/** A log of exactly whole lines, as close to `bytes` as possible without exceeding it (ASCII only). */
export function generateLog(bytes: number, catalog: Catalog, seed = 4): string {
  const titles = new Map<number, string>();
  for (const entry of catalog.entries) {
    if (!titles.has(entry.code)) titles.set(entry.code, entry.title.replace(/[^\x20-\x7e]+/g, '-').replace(/"/g, "'"));
  }
  const g = new Gen(prng(seed), titles);
  const lines: string[] = [];
  let size = 0;
  for (;;) {
    const line = pickLine(g.random())(g);
    if (size + line.length + 1 > bytes) break;
    lines.push(line);
    size += line.length + 1;
  }
  lines.push(''); // a final newline, and one flat string (no concatenation), as the server gets it
  return lines.join('\n');
}

function pickLine(r: number): Line {
  let left = r * TOTAL_WEIGHT;
  for (const [weight, line] of LINES) {
    left -= weight;
    if (left < 0) return line;
  }
  return LINES[0][1];
}
