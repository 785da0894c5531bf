import data from '../catalog/cloud-api-codes.json';
import type { CatalogEntry, Twin, TwinConfidence } from './catalogTypes';
import { ARRIVALS, CATEGORIES, EVIDENCE, HANDLER_KINDS } from './catalogTypes';
import { CEQUENS_SOURCE } from './cequensCatalog';

export const CLOUD_SOURCE = 'Cloud API';
/** Twilio maps WhatsApp's On-Premises codes to its own (470 → 63016); shown for information. */
export const TWILIO_SOURCE = 'Twilio';

const CONFIDENCES: readonly TwinConfidence[] = ['confirmed', 'likely', 'guess', 'analogue'];

interface CloudTwin {
  readonly code: number;
  readonly stringCode?: string;
  readonly confidence: string;
  readonly twilio?: number;
}

interface CloudRow {
  readonly code: number;
  readonly lastCode?: number;
  readonly subcodeOf?: number;
  readonly api?: string;
  readonly title: string;
  readonly pageTitle?: string;
  readonly description: string;
  readonly details?: readonly string[];
  readonly remedy: string;
  readonly remedySource: string;
  readonly category: string;
  readonly transient: boolean;
  readonly retry?: string;
  readonly httpStatus?: number;
  readonly httpStatusSometimes?: number;
  readonly handler: string;
  readonly page: string;
  readonly evidence: string;
  readonly checked: string;
  readonly arrives: readonly string[];
  readonly unsettled?: string;
  readonly twins?: readonly CloudTwin[];
  readonly pitfall?: string;
}

interface CloudData {
  readonly pages: Readonly<Record<string, string>>;
  readonly entries: readonly CloudRow[];
}

/** The WhatsApp Cloud API codes of `cloud-api-codes.json`, checked: a wrong row stops the server at start-up. */
export function cloudEntries(source: CloudData = data as CloudData): CatalogEntry[] {
  return source.entries.map((row) => toCatalogEntry(row, source.pages));
}

function toCatalogEntry(row: CloudRow, pages: Readonly<Record<string, string>>): CatalogEntry {
  const key = entryKey(row);
  const fail = (what: string): never => {
    throw new Error(`Cloud API catalog: ${key} ${what}`);
  };
  const page = pages[row.page] ?? fail(`cites an unknown page "${row.page}"`);
  if (row.lastCode !== undefined && row.lastCode <= row.code) fail('ends its range before it starts');
  if (!/^20\d\d-\d\d-\d\d$/.test(row.checked ?? '')) fail('says not when it was checked (YYYY-MM-DD)');
  if (!row.arrives?.length) fail('says not where it arrives');
  return {
    id: `cloud:${key}`,
    source: CLOUD_SOURCE,
    page,
    code: row.code,
    ...(row.lastCode !== undefined ? { lastCode: row.lastCode } : {}),
    ...(row.subcodeOf !== undefined ? { subcodeOf: row.subcodeOf } : {}),
    ...(row.api ? { api: row.api } : {}),
    title: row.title,
    ...(row.pageTitle ? { pageTitle: row.pageTitle } : {}),
    description: row.description,
    details: row.details ?? [],
    remedy: row.remedy,
    remedySource: row.remedySource === 'provider' || row.remedySource === 'editorial' ? row.remedySource : fail('has no remedySource'),
    deprecated: false,
    category: oneOf(CATEGORIES, row.category, fail),
    transient: row.transient,
    ...(row.retry ? { retry: row.retry } : {}),
    ...(row.httpStatus ? { httpStatus: row.httpStatus } : {}),
    ...(row.httpStatusSometimes ? { httpStatusSometimes: row.httpStatusSometimes } : {}),
    ...(row.pitfall ? { pitfall: row.pitfall } : {}),
    ...(row.unsettled ? { unsettled: row.unsettled } : {}),
    evidence: oneOf(EVIDENCE, row.evidence, fail),
    checked: row.checked,
    arrives: row.arrives.map((arrival) => oneOf(ARRIVALS, arrival, fail)),
    ...(row.twins ? { twins: row.twins.flatMap((twin) => twinsOf(twin, fail)) } : {}),
    handler: oneOf(HANDLER_KINDS, row.handler, fail),
  };
}

/** Unique per entry: the code (200-299 for a range), the code it arrives under (100/2388293), the API whose meaning it is (100@marketing-messages-api). */
function entryKey(row: CloudRow): string {
  const code = row.lastCode === undefined ? String(row.code) : `${row.code}-${row.lastCode}`;
  const keyed = row.subcodeOf === undefined ? code : `${row.subcodeOf}/${code}`;
  return row.api ? `${keyed}@${row.api.toLowerCase().replace(/\W+/g, '-')}` : keyed;
}

/** An On-Premises twin, and Twilio's code for it where known. */
function twinsOf(twin: CloudTwin, fail: (what: string) => never): Twin[] {
  const confidence = oneOf(CONFIDENCES, twin.confidence, fail);
  const onPremises: Twin = { source: CEQUENS_SOURCE, code: twin.code, ...(twin.stringCode ? { stringCode: twin.stringCode } : {}), confidence };
  return twin.twilio ? [onPremises, { source: TWILIO_SOURCE, code: twin.twilio, confidence, through: twin.code }] : [onPremises];
}

function oneOf<T extends string>(allowed: readonly T[], value: string, fail: (what: string) => never): T {
  return (allowed as readonly string[]).includes(value) ? (value as T) : fail(`has unknown value "${value}"`);
}
