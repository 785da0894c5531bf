/** What kind of problem an error code reports; drives the card and the handler snippet. */
export const CATEGORIES = [
  'authentication',
  'billing',
  'rate limit',
  'message',
  'template',
  'media',
  'group',
  'certificate',
  'configuration',
  'server',
  'integrity',
  'registration',
  'flow',
  'calling',
] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * The handler a quick fix inserts for an entry; each has a template per language. The last three
 * serve WhatsApp Cloud API codes: `retryPerRecipient` (131056, pair rate limit: back off for this
 * recipient only), `retryAfterADay` (131049, per-user marketing limit: resend no sooner than 24 h)
 * and `renewAccessToken` (190, Meta access token expired: get a new one, then resend once).
 */
export const HANDLER_KINDS = [
  'retryWithBackoff',
  'sendTemplateInstead',
  'refreshToken',
  'fixRequest',
  'skipRecipient',
  'alertOperator',
  'markFailed',
  'retryPerRecipient',
  'retryAfterADay',
  'renewAccessToken',
] as const;
export type HandlerKind = (typeof HANDLER_KINDS)[number];

/** Where a Cloud API error reaches an integrator: the call's own answer, a status webhook (`statuses[].errors[]`), the system webhook (`value.errors[]`), an inbound message (`messages[].errors[]`). */
export const ARRIVALS = ['response', 'status webhook', 'system webhook', 'inbound message'] as const;
export type Arrival = (typeof ARRIVALS)[number];

/** How an entry's code is known: from a page of the provider, only from an SDK's list, or only from payloads seen in public projects. */
export const EVIDENCE = ['documented', 'sdk', 'field'] as const;
export type Evidence = (typeof EVIDENCE)[number];

/** Where a remedy's text came from: the provider's own table, written by this project, or by the team (its catalog file). */
export type RemedySource = 'provider' | 'editorial' | 'team';

/** How a code shows in the Problems panel (`cequens.diagnostics.severity`, a team catalog's `severity`). */
export const SEVERITY_NAMES = ['error', 'warning', 'information', 'hint', 'off'] as const;
export type SeverityName = (typeof SEVERITY_NAMES)[number];

export interface CatalogEntry {
  /** Unique across all sources, stable: e.g. "cequens:401:MISSING_TOKEN", "cequens:1008". */
  readonly id: string;
  /** The catalog this entry comes from, e.g. "CEQUENS". */
  readonly source: string;
  /** The public page the entry is published on (for CEQUENS, the one page of the whole table). */
  readonly page?: string;
  readonly code: number;
  /**
   * The code this one arrives under as `error_subcode` (`{"code":100,"error_subcode":2388293}`): the
   * entry is keyed on both, and `code` is the subcode.
   */
  readonly subcodeOf?: number;
  /** The API this meaning belongs to, where the code means something else on the others (100 on the Marketing Messages API). */
  readonly api?: string;
  /** A textual code some gateways send instead of, or beside, the number (401 MISSING_TOKEN). */
  readonly stringCode?: string;
  /** The title as payloads carry it. */
  readonly title: string;
  /** The title on the source page, where payloads carry another (131049). */
  readonly pageTitle?: string;
  /** The lead paragraph; empty when the source gives none. */
  readonly description: string;
  /** Bullet items that follow the lead paragraph. */
  readonly details: readonly string[];
  readonly remedy: string;
  readonly remedySource: RemedySource;
  readonly deprecated: boolean;
  readonly category: Category;
  /** True when the same request may succeed later: worth a retry with back-off. */
  readonly transient: boolean;
  /** How to retry, where the source says more than transient or not ("not before 24 h"). */
  readonly retry?: string;
  /** The HTTP status the error usually arrives with. */
  readonly httpStatus?: number;
  /** Another status some sources report for it (429 beside 400): the card says "often HTTP 400, sometimes 429". */
  readonly httpStatusSometimes?: number;
  /** A trap integrators fall into with this code, stated on the card. */
  readonly pitfall?: string;
  /** What the sources leave open about the entry, stated on the card. */
  readonly unsettled?: string;
  /** Whether the provider documents the code (absent: the source is the provider's own table). */
  readonly evidence?: Evidence;
  /** When the entry was last checked against its page (YYYY-MM-DD). */
  readonly checked?: string;
  /** Where the error reaches an integrator (absent: not said). */
  readonly arrives?: readonly Arrival[];
  /** Other providers that send this number with a meaning of their own (Gupshup 1002). */
  readonly sharedWith?: readonly string[];
  /** The last code of a documented range (200–299); `code` is then its first. */
  readonly lastCode?: number;
  /** Codes of the same meaning in other layers: the On-Premises code of a Cloud code, and back. */
  readonly twins?: readonly Twin[];
  readonly handler: HandlerKind;
  /** A team's runbook page for the code (its catalog file's `runbook`). */
  readonly runbook?: string;
  /** How the code shows in the Problems panel, whatever its category's setting says (a team catalog's `severity`). */
  readonly severity?: SeverityName;
  /** A team's handler body per template language (`python`), replacing the built-in one of `handler`. */
  readonly handlers?: Readonly<Record<string, readonly string[]>>;
}

/** How sure a twin mapping is: documented, likely from strong evidence, a guess, or the same situation in another layer. */
export type TwinConfidence = 'confirmed' | 'likely' | 'guess' | 'analogue';

/** A code of the same meaning in another catalog or provider. */
export interface Twin {
  /** The catalog (CEQUENS, Cloud API) or provider (Twilio) it belongs to. */
  readonly source: string;
  readonly code: number;
  /** Which entry of a code with several (401 TOKEN). */
  readonly stringCode?: string;
  readonly confidence: TwinConfidence;
  /** For a provider's code reached through another twin: that twin's code (Twilio 63016 is 470's). */
  readonly through?: number;
}
