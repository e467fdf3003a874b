/**
 * Reading the tools' output: their messages shortened to one line, with the scratch file names taken out.
 */

/** At most `max` reasons on one line. */
export function summarize(messages: string[], max = 4): string {
  const shown = messages.slice(0, max).join('; ');
  return messages.length > max ? `${shown}; (${messages.length - max} more)` : shown;
}

/** The first three non-empty lines of a text, trimmed, on one line. */
export function firstLines(text: string): string {
  return text.split('\n').map((l) => l.trim()).filter(Boolean).slice(0, 3).join('; ');
}

/** A text as a regular expression that matches it literally (e.g. a file name in a tool's message). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
