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
 * Plain text, for a client that shows hovers so (eglot without markdown-mode): the parts as they
 * read, a link as its label and its address.
 */
export const PLAIN_TEXT_STYLE: CardStyle = {
  text: (text) => text,
  heading: (text) => text,
  strong: (text) => text,
  emphasis: (text) => text,
  link: (label, url) => `${label} <${url}>`,
  rule: '─'.repeat(40),
};
