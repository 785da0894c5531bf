import { escapeMarkdown } from './markdown';

/**
 * How a card's parts are written: the card says what it holds once (card.ts), and a style writes
 * it for where it is read, Markdown for a hover, plain or coloured text for a terminal.
 */
export interface CardStyle {
  /** Catalog text, written so that it shows as it is. */
  text(text: string): string;
  heading(text: string): string;
  strong(text: string): string;
  emphasis(text: string): string;
  /** A link to the public page `url`, labelled `label` (already styled). */
  link(label: string, url: string): string;
  /** The line between a card's main meaning and the others. */
  readonly rule: string;
}

export const MARKDOWN_STYLE: CardStyle = {
  text: escapeMarkdown,
  heading: (text) => `### ${text}`,
  strong: (text) => `**${text}**`,
  emphasis: (text) => `_${text}_`,
  link: (label, url) => `[${label}](${url.replace(/[()\s]/g, encodeURIComponent)})`,
  rule: '---',
};

/**
 * Text from a catalog, a file name or a document, safe to show as plain text: control characters
 * (an escape sequence could restyle or clear a terminal) are shown as \x1b and the like.
 */
export function printable(text: string): string {
  return text.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** How plain text is set off: not at all, or in a terminal's bold, italics and dim colour. */
export interface TextEmphasis {
  bold(text: string): string;
  italic(text: string): string;
  dim(text: string): string;
}

const NO_EMPHASIS: TextEmphasis = { bold: (text) => text, italic: (text) => text, dim: (text) => text };

/** Plain text: the parts as they read, a link as its label and its address; `emphasis` where a terminal has colour. */
export function plainTextStyle(emphasis: TextEmphasis = NO_EMPHASIS): CardStyle {
  return {
    text: printable,
    heading: emphasis.bold,
    strong: emphasis.bold,
    emphasis: emphasis.italic,
    link: (label, url) => `${label} ${emphasis.dim(`<${printable(url)}>`)}`,
    rule: emphasis.dim('─'.repeat(40)),
  };
}

/** For a client that shows hovers as plain text (eglot without markdown-mode). */
export const PLAIN_TEXT_STYLE: CardStyle = plainTextStyle();
