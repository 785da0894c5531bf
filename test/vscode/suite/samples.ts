/**
 * Where the tests look for a code in each sample: the first occurrence of `needle`, on `inner`.
 * Positions are found in the file's text at test time, so the samples can change freely.
 */
export interface SampleCode {
  readonly file: string;
  readonly needle: string;
  readonly inner: string;
  readonly code: number;
  /** False where the language has no handler templates (logs). */
  readonly handler: boolean;
}

function at(file: string, needle: string, code: number, handler = true): SampleCode {
  return { file, needle, inner: String(code), code, handler };
}

export const SAMPLE_CODES: readonly SampleCode[] = [
  at('typescript/sendWhatsApp.ts', 'case 471', 471),
  at('javascript/webhook.js', 'error.code === 470', 470),
  at('python/whatsapp_client.py', 'case 470', 470),
  at('java/WhatsAppSender.java', 'case 472', 472),
  at('go/sender.go', 'case 471', 471),
  at('csharp/WhatsAppClient.cs', 'case 470', 470),
  at('php/WhatsAppClient.php', '470 =>', 470),
  at('logs/gateway.log', 'code=1008', 1008, false),
  at('logs/webhooks.jsonl', '"code":1026', 1026, false),
  at('typescript/cloudApiErrors.ts', 'case 131056', 131056),
  at('logs/cloud-api.jsonl', '"code":190', 190, false),
];

/** A number that is not an error code: no card. */
export const NOT_A_CODE = { file: 'logs/gateway.log', needle: 'messages 200 ', inner: '200' } as const;
