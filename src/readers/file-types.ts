import { extname } from 'node:path';

// File types people keep beside their articles, with what to tell them.
const KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\.(?:png|jpe?g|gif|webp|tiff?|bmp|heic|avif|svg|ico)$/, 'is an image; Puente reads text and does not run OCR'],
  [
    /^\.(?:docx?|odt|rtf|pages|wpd)$/,
    'is a word-processor document, which Puente does not read (save it as PDF, HTML or text)',
  ],
  [/^\.(?:xlsx?|ods|numbers|pptx?|odp|key)$/, 'is a spreadsheet or slides, which Puente does not read'],
  [/^\.(?:zip|gz|tgz|bz2|xz|7z|rar|tar)$/, 'is an archive; unpack it first'],
  [/^\.(?:mp3|wav|ogg|m4a|mp4|mov|avi|mkv|webm)$/, 'is audio or video, which Puente does not read'],
  [/^\.(?:jsonl|ndjson|csv|tsv)$/, 'is a manifest type: name it on the command line to read its articles'],
];

/** Why Puente skips a file no reader takes, in words a user understands. */
export function skipReasonFor(path: string, readable: string): string {
  const extension = extname(path).toLowerCase();
  for (const [pattern, reason] of KINDS) if (pattern.test(extension)) return reason;
  return `has a file type Puente does not read (${extension || 'no extension'}; it reads ${readable})`;
}
