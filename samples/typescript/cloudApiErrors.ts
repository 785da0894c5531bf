/**
 * What a sender does with the WhatsApp Cloud API's errors (Meta's Graph API), the codes most traffic
 * carries today beside the On-Premises ones CEQUENS relays.
 *
 * Hover over 131047 to see its twin 470 (and the other way round in sendWhatsApp.ts); hover over 190
 * for the trap of mapping errors by HTTP status.
 */

const GRAPH_MESSAGES_URL = 'https://graph.facebook.com/v21.0/PHONE_NUMBER_ID/messages';

/** The Graph error envelope: {"error":{"message":"(#131047) …","type":"OAuthException","code":131047,…}}. */
interface GraphErrorBody {
  error: { message: string; type: string; code: number; error_data?: { details?: string }; fbtrace_id?: string };
}

export class WhatsAppCloudError extends Error {
  constructor(readonly code: number, readonly details: string | undefined) {
    super(`WhatsApp Cloud API error ${code}${details ? `: ${details}` : ''}`);
  }
}

/** Outside the 24-hour window, in either layer: send an approved template instead. */
const NEEDS_TEMPLATE = new Set([131047, 470]);
/** The same request may succeed later: back off and retry. */
const RETRY_LATER = [4, 80007, 130429, 131000, 131016];

export async function sendCloudText(token: string, to: string, body: string): Promise<string> {
  const response = await fetch(GRAPH_MESSAGES_URL, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ messaging_product: 'whatsapp', to, type: 'text', text: { body } }),
  });
  const json = (await response.json()) as GraphErrorBody | { messages: { id: string }[] };
  if ('messages' in json) return json.messages[0].id;
  throw new WhatsAppCloudError(json.error.code, json.error.error_data?.details);
}

export function nextStep(error: WhatsAppCloudError): string {
  if (NEEDS_TEMPLATE.has(error.code)) return 'send a template';
  if (RETRY_LATER.includes(error.code)) return 'retry with back-off';
  switch (error.code) {
    case 131056:
      return 'pause sends to this recipient only';
    case 131049:
      return 'do not resend within 24 hours';
    case 131026:
      return 'mark the contact unreachable';
    case 132000:
      return 'compare the parameters with the approved template';
    default:
      break;
  }
  if (error.code === 190) return 'renew the access token';
  return 'record the failure';
}
