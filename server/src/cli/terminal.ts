
/**
 * Colour on a terminal, as ripgrep and ESLint decide it: FORCE_COLOR turns it on (unless "0" or
 * "false"), NO_COLOR or NODE_DISABLE_COLORS off; otherwise on for a terminal whose TERM is not "dumb".
 */
export function wantsColour(stream: { readonly isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env.NO_COLOR || env.NODE_DISABLE_COLORS) return false;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/** ANSI styles, or none. */
export class Paint {
  constructor(readonly on: boolean) {}
  private wrap(open: number, close: number, text: string): string {
    return this.on ? `\x1b[${open}m${text}\x1b[${close}m` : text;
  }
  bold = (text: string) => this.wrap(1, 22, text);
  dim = (text: string) => this.wrap(2, 22, text);
  italic = (text: string) => this.wrap(3, 23, text);
  red = (text: string) => this.wrap(31, 39, text);
  green = (text: string) => this.wrap(32, 39, text);
  yellow = (text: string) => this.wrap(33, 39, text);
  magenta = (text: string) => this.wrap(35, 39, text);
  cyan = (text: string) => this.wrap(36, 39, text);
}
