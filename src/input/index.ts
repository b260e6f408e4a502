/**
 * Input formats. Each format turns decoded text into a ParsedDocument (calls → turns with
 * speakers, roles, times and source offsets). The format is chosen by `format` or detected.
 */
import type { ParsedDocument } from '../types.js';
import { markdownVisibleText } from './markdown.js';
import { parsePlain } from './plain.js';
import { DEFAULT_SPEAKER_LABELS, type SpeakerLabels } from './speakers.js';

export interface ParseOptions {
  /** Force a format instead of detecting it. */
  format?: string;
  /** File path, used for detection by extension. */
  filePath?: string;
  labels?: SpeakerLabels;
}

export interface InputFormat {
  name: string;
  description: string;
  /** True when this format should read the text (checked in registration order). */
  detect(text: string, filePath: string | undefined): boolean;
  parse(text: string, opts: Required<Pick<ParseOptions, 'labels'>> & ParseOptions): ParsedDocument;
}

const markdown: InputFormat = {
  name: 'markdown',
  description: 'Markdown script or transcript (code, front matter, headings and comments are skipped)',
  detect: (_text, filePath) => filePath !== undefined && /\.(md|markdown)$/i.test(filePath),
  parse: (text, opts) => parsePlain(text, markdownVisibleText(text), 'markdown', { labels: opts.labels }),
};

const plain: InputFormat = {
  name: 'text',
  description: 'Plain text: a script, or a transcript with "Speaker: text" lines',
  detect: () => true,
  parse: (text, opts) => parsePlain(text, text, 'text', { labels: opts.labels }),
};

/** Registered formats, most specific first; `text` is the fallback. */
export const INPUT_FORMATS: InputFormat[] = [markdown, plain];

export class UnknownFormatError extends Error {}

export function parseDocument(text: string, opts: ParseOptions = {}): ParsedDocument {
  const labels = opts.labels ?? DEFAULT_SPEAKER_LABELS;
  const full = { ...opts, labels };
  if (opts.format !== undefined) {
    const f = INPUT_FORMATS.find((x) => x.name === opts.format);
    if (!f) throw new UnknownFormatError(`unknown input format "${opts.format}"; known: ${INPUT_FORMATS.map((x) => x.name).join(', ')}`);
    return f.parse(text, full);
  }
  const f = INPUT_FORMATS.find((x) => x.detect(text, opts.filePath)) ?? plain;
  return f.parse(text, full);
}
