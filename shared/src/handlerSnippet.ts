/**
 * What a handler's text says about itself, read by the quick fix's snippet and by the checker tests:
 * the helper functions it calls that the user must write carry a `// your function:` comment
 * (`# your function:` in Python, `# your coroutine:` for one it awaits), and its messages start with the source and the code.
 */

/** The helper functions the handler documents as the user's own: `resendMessage` in `resendMessage(); // your function: …`. */
export function documentedHelpers(handler: string): Set<string> {
  return new Set([...handler.matchAll(/(\w+)\([^\n]*(?:\/\/|#) your (?:function|method|coroutine)/g)].map((m) => m[1]));
}

/** A message the handler logs or passes on: 'CEQUENS 470 Re-engagement message', "WhatsApp 131056 …". */
const MESSAGE = /(['"])((?:CEQUENS|WhatsApp) \d+[^'"\n]*)\1/g;

/**
 * The handler as a VS Code snippet: each helper it documents is a tab stop (its other uses mirror
 * it), then each message, so the user can rename them at once. Everything else is escaped.
 */
export function handlerSnippet(handler: string): string {
  let text = handler.replace(/[\\$}]/g, '\\$&');
  let stop = 0;
  for (const helper of documentedHelpers(handler)) {
    const n = ++stop;
    let first = true;
    text = text.replace(new RegExp(`(?<![\\w$])${helper}(?=\\s*\\()`, 'g'), () => (first ? ((first = false), `\${${n}:${helper}}`) : `$${n}`));
  }
  return text.replace(MESSAGE, (_m, quote: string, message: string) => `${quote}\${${++stop}:${message}}${quote}`);
}
