import {
  InputError,
  type AnyStage,
  type Message,
  type MessageDetails,
  type Reporter,
  type Settings,
  type SourceDocument,
  type Span,
} from '../core/index.js';
import type { LayersOf, Pipeline } from './create-pipeline.js';

/** Receives how long each stage took; tests buffer it and print it only on failure. */
export type Trace = (event: { readonly stage: string; readonly document: string; readonly ms: number }) => void;

/** Runner options. */
export interface RunOptions {
  readonly settings: Settings;
  /** Called after each stage with its duration. Default: none. */
  readonly trace?: Trace;
  /** Deep-freezes every layer so tests catch a stage that mutates its input. Default false. */
  readonly freeze?: boolean;
}

/** The result of running the document stages on one document. */
export interface DocumentAnalysis<Stages extends readonly AnyStage[] = readonly AnyStage[]> {
  readonly document: SourceDocument;
  readonly layers: LayersOf<Stages>;
  readonly messages: readonly Message[];
}

/** The result for a document that could not be analysed: one fatal message. */
export interface FailedAnalysis {
  readonly document: SourceDocument;
  readonly failure: Message;
}

class CollectingReporter implements Reporter {
  readonly messages: Message[] = [];
  constructor(
    private readonly source: string,
    private readonly document: string,
  ) {}
  warn(reason: string, place?: Span, details?: MessageDetails): void {
    this.push('warning', reason, place, details);
  }
  info(reason: string, place?: Span, details?: MessageDetails): void {
    this.push('info', reason, place, details);
  }
  private push(severity: Message['severity'], reason: string, place?: Span, details?: MessageDetails): void {
    const place_ = place ? { start: place.start, end: place.end } : null;
    this.messages.push({
      ruleId: 'unspecified',
      ...details,
      reason,
      severity,
      source: this.source,
      document: this.document,
      place: place_,
    });
  }
}

/**
 * Runs every stage on one document. An `InputError` becomes one fatal message and the document is
 * skipped; any other exception is a bug and is re-thrown with the stage and document as context.
 */
export function runDocument<Stages extends readonly AnyStage[]>(
  pipeline: Pipeline<Stages>,
  document: SourceDocument,
  options: RunOptions,
): DocumentAnalysis<Stages> | FailedAnalysis {
  const layers: Record<string, unknown> = {};
  const messages: Message[] = [];
  for (const stage of pipeline.stages) {
    const reporter = new CollectingReporter(stage.name, document.id);
    const input: Record<string, unknown> = { document, settings: options.settings };
    for (const need of stage.needs as readonly string[]) input[need] = layers[need];
    const began = performance.now();
    let output: unknown;
    try {
      output = stage.run(input as never, reporter);
    } catch (error) {
      if (error instanceof InputError) {
        const failure: Message = {
          reason: error.message,
          severity: 'fatal',
          source: stage.name,
          document: document.id,
          place: null,
          ruleId: 'input-unusable',
        };
        return { document, failure };
      }
      throw new Error(`stage \`${stage.name}\` failed on document ${document.id}`, { cause: error });
    }
    options.trace?.({ stage: stage.name, document: document.id, ms: performance.now() - began });
    layers[stage.name] = options.freeze ? deepFreeze(output) : output;
    // A loop, not a spread: a stage may report hundreds of thousands of messages (a page of bare
    // numbers), more arguments than one call can take.
    for (const message of reporter.messages) messages.push(message);
  }
  return { document, layers: layers as LayersOf<Stages>, messages };
}

export function isFailedAnalysis<A extends { readonly document: SourceDocument }>(
  result: A | FailedAnalysis,
): result is FailedAnalysis {
  return 'failure' in result;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
