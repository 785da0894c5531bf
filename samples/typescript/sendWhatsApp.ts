/**
 * A small CEQUENS WhatsApp client: sends text and template messages and decides what to do with
 * each error code the gateway answers with.
 *
 * Hover over a code (470, 1015, ...) to see what it means; use the light bulb to insert a handler.
 */

const CEQUENS_MESSAGES_URL = 'https://apis.cequens.com/conversation/wab/v1/messages';
const CEQUENS_TOKEN_URL = 'https://apis.cequens.com/auth/v1/tokens';

/** The WhatsApp (On-Premises) error codes this service reacts to. */
export enum WhatsAppErrorCode {
  Unauthorized = 401,
  RateLimitHit = 429,
  ReEngagementMessage = 470,
  SpamRateLimitHit = 471,
  UserInExperiment = 472,
  GenericError = 1000,
  RequiredParameterMissing = 1008,
  ParameterValueNotValid = 1009,
  UserNotValid = 1013,
  TooManyRequests = 1015,
  SystemOverloaded = 1016,
  NotPrimaryMaster = 1017,
  ReceiverIncapable = 1026,
  TemplateMissing = 2001,
  TemplateParameterFormatMismatch = 2012,
}

/** Codes worth another attempt after a pause: the same request may succeed later. */
export const RETRYABLE_CODES: ReadonlySet<number> = new Set([429, 1000, 1015, 1016, 1017]);

/** Codes that say the recipient cannot be reached on WhatsApp at all. */
const UNREACHABLE_RECIPIENT_CODES = [1013, 1026];

export interface CequensError {
  code: number;
  title?: string;
  details?: string;
}

export interface SendResult {
  messageId?: string;
  error?: CequensError;
}

export class CequensWhatsAppError extends Error {
  constructor(
    readonly code: number,
    readonly title: string,
    readonly stringCode?: string,
  ) {
    super(`CEQUENS WhatsApp error ${code}${stringCode ? ` ${stringCode}` : ''}: ${title}`);
  }
}

interface CequensCredentials {
  apiKey: string;
  userName: string;
}

export class CequensWhatsAppClient {
  private token: string | undefined;

  constructor(
    private readonly credentials: CequensCredentials,
    private readonly maxAttempts = 4,
  ) {}

  async sendText(to: string, body: string): Promise<SendResult> {
    return this.send({ recipient_type: 'individual', to, type: 'text', text: { body } });
  }

  async sendTemplate(to: string, name: string, parameters: string[]): Promise<SendResult> {
    return this.send({
      to,
      type: 'template',
      template: {
        namespace: process.env.CEQUENS_TEMPLATE_NAMESPACE,
        name,
        language: { policy: 'deterministic', code: 'en' },
        components: [{ type: 'body', parameters: parameters.map((text) => ({ type: 'text', text })) }],
      },
    });
  }

  private async send(payload: object, attempt = 1): Promise<SendResult> {
    const response = await fetch(CEQUENS_MESSAGES_URL, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await this.accessToken()}`,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify(payload),
    });

    if (response.status === 401) {
      const body = (await response.json().catch(() => ({}))) as { title?: string };
      // CEQUENS answers 401 with a textual code in the title.
      if (body.title === 'MISSING_TOKEN' || body.title === 'TOKEN') {
        this.token = undefined;
        if (attempt === 1) return this.send(payload, attempt + 1);
      }
      throw new CequensWhatsAppError(401, 'Unauthorized', body.title);
    }

    const result = (await response.json()) as { messages?: { id: string }[]; errors?: CequensError[] };
    const error = result.errors?.[0];
    if (!error) return { messageId: result.messages?.[0]?.id };

    if (RETRYABLE_CODES.has(error.code) && attempt < this.maxAttempts) {
      await sleep(2 ** attempt * 500);
      return this.send(payload, attempt + 1);
    }
    return { error };
  }

  /** What the caller should do with a failed message. */
  static nextStep(error: CequensError): 'template' | 'drop' | 'fix' | 'alert' | 'retry-later' {
    switch (error.code) {
      case WhatsAppErrorCode.ReEngagementMessage:
        // More than 24 hours since the customer last wrote: only a template may open the window.
        return 'template';
      case 401: // any of the token's problems: the account needs a person
      case 471:
        return 'alert';
      case 472:
        return 'drop';
      case 1008:
      case 1009:
      case 2012:
        return 'fix';
      case 2001:
        console.error(`template not found in namespace: ${error.details ?? error.title}`);
        return 'fix';
      default:
        if (UNREACHABLE_RECIPIENT_CODES.includes(error.code)) return 'drop';
        return RETRYABLE_CODES.has(error.code) ? 'retry-later' : 'alert';
    }
  }

  private async accessToken(): Promise<string> {
    if (this.token) return this.token;
    const response = await fetch(CEQUENS_TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(this.credentials),
    });
    const body = (await response.json()) as { data?: { access_token?: string } };
    if (!body.data?.access_token) throw new CequensWhatsAppError(401, 'no access token', 'TOKEN');
    this.token = body.data.access_token;
    return this.token;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export async function notifyOrderShipped(client: CequensWhatsAppClient, phone: string, orderId: string): Promise<void> {
  const result = await client.sendText(phone, `Your order ${orderId} is on its way.`);
  if (result.error?.code === 470) {
    // TODO: outside the 24-hour window; the light bulb on 470 fills this branch.
  } else if (result.error && result.error.code !== 1013) {
    throw new CequensWhatsAppError(result.error.code, result.error.title ?? 'send failed');
  }
}
