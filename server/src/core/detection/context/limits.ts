/**
 * How far the detector reads beyond a code's own line, so that an index knows which lines an edit
 * may change: a case label reads its switch and an enum member its enum, up to this many lines up;
 * a status code may read the document's head for a mention of WhatsApp. Logs read their line only.
 */
export const READS_LINES_ABOVE = 200;
export const FILE_HEAD_CHARS = 3000;
/** How far up a status code looks for WhatsApp named near it (within READS_LINES_ABOVE). */
export const WHATSAPP_LINES_ABOVE = 60;
/**
 * Lines longer than this (a minified payload, a huge log line) are read in segments of about
 * SEGMENT_LENGTH characters, each cut outside strings and read as a line of its own, with no
 * lines above: context stays near, and nothing lexes a megabyte for one code.
 */
export const LONG_LINE = 64 * 1024;
export const SEGMENT_LENGTH = 16 * 1024;
