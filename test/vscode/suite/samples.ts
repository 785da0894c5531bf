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

/**
 * The writing aids in each language with handlers. `handler` is where the sample's handler names 471
 * (a case label, an arm, a comparison), inside a switch of codes unless `switchOfCodes` gives one
 * (opened as a scratch file) where the sample has none; `failedStatuses` is a file of
 * test/fixtures/failedStatuses/ whose failed statuses drop their errors[].
 */
export interface WritingLanguage {
  readonly language: string;
  readonly file: string;
  readonly handler: string;
  readonly switchOfCodes?: { readonly name: string; readonly text: string };
  readonly failedStatuses: string;
}

/** The JavaScript sample's handling of its codes, written as a switch. */
const JAVASCRIPT_SWITCH = [
  '// CEQUENS WhatsApp errors: what to do with a failed message.',
  'function actionFor(error) {',
  '  switch (error.code) {',
  '    case 470:',
  "      return 'send a template';",
  '    case 471:',
  "      return 'pause the campaign';",
  '    default:',
  "      return 'alert';",
  '  }',
  '}',
  'module.exports = { actionFor };',
  '',
].join('\n');

export const WRITING_LANGUAGES: readonly WritingLanguage[] = [
  { language: 'TypeScript', file: 'typescript/sendWhatsApp.ts', handler: 'case 471', failedStatuses: 'webhook.ts' },
  {
    language: 'JavaScript',
    file: 'javascript/webhook.js',
    handler: 'error.code == 471',
    switchOfCodes: { name: 'actions.js', text: JAVASCRIPT_SWITCH },
    failedStatuses: 'webhook.js',
  },
  { language: 'Python', file: 'python/whatsapp_client.py', handler: 'case 471', failedStatuses: 'webhook.py' },
  { language: 'Java', file: 'java/WhatsAppSender.java', handler: 'case 471', failedStatuses: 'StatusWebhook.java.fixture' },
  { language: 'Go', file: 'go/sender.go', handler: 'case 471', failedStatuses: 'webhook.go.fixture' },
  { language: 'C#', file: 'csharp/WhatsAppClient.cs', handler: 'case 471', failedStatuses: 'StatusWebhook.cs.fixture' },
  { language: 'PHP', file: 'php/WhatsAppClient.php', handler: '471 =>', failedStatuses: 'webhook.php' },
  { language: 'Ruby', file: 'ruby/whatsapp_client.rb', handler: 'when 471', failedStatuses: 'webhook.rb' },
  { language: 'Rust', file: 'rust/whatsapp_client.rs', handler: '471 | 131049', failedStatuses: 'webhook.rs' },
];
