import { defaultSettings, type Settings } from '../core/index.js';
import {
  analyzeCollection,
  isFailedAnalysis,
  type CollectionAnalysis,
  type StandardAnalysis,
} from '../pipeline/index.js';
import type { ReadLimits } from '../readers/index.js';
import { createAnalysisPool, threadsFor, ANALYZE_JOBS, type AnalysisPool, type Jobs } from './analysis-pool.js';
import { collectInputItems, loadItem, type InputItem } from './input-items.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { failureLine } from './input-failure.js';
import { mapInOrder } from './worker-pool.js';
import { SpilledAnalyses } from './spilled-analyses.js';

/** A one-line problem with one input, for the user. */
export interface InputProblem {
  readonly input: string;
  readonly message: string;
  readonly fatal: boolean;
  /** A file in a folder that no reader takes: named, passed over, and not a failure. */
  readonly skipped?: boolean;
}

/** The result of analysing a set of paths: what went through and what did not. */
export interface AnalysisRun {
  readonly analyses: readonly StandardAnalysis[];
  readonly problems: readonly InputProblem[];
}

/** How a set of paths is analysed, besides the limits on what is read. */
export interface AnalysisOptions {
  /** The pipeline's settings; `defaultSettings` by default. */
  readonly settings?: Settings;
  /** The publication date (YYYY-MM-DD) of every input, over what the inputs say; none by default. */
  readonly published?: string;
  /** How many documents are analysed at once (see analysis-pool.ts); 1 by default. */
  readonly jobs?: Jobs;
}

/** What analysing one input item needs, the same for every item of a run. */
interface ItemRun {
  readonly pool: AnalysisPool;
  readonly limits: ReadLimits;
  readonly settings: Settings;
  readonly published: string | undefined;
}

/** What one input item gave: its analysis, if any, and its problems, in the order they arose. */
interface ItemResult {
  readonly analysis: StandardAnalysis | null;
  readonly problems: readonly InputProblem[];
}

/**
 * Reads and analyses files, folders and manifests without storing anything; bad inputs become
 * problems. With a pool of worker threads, documents are analysed several at once, and the results
 * still come in the order of the inputs, as one thread gives them; with one job, each document is
 * analysed within its budget (see analysis-budget.ts). Whatever goes wrong with one input, a bug
 * included, is that input's problem, and the others go on.
 */
export async function analyzePaths(
  paths: readonly string[],
  limits: ReadLimits,
  options: AnalysisOptions = {},
): Promise<AnalysisRun> {
  const analyses: StandardAnalysis[] = [];
  const problems = await forEachAnalysis(paths, limits, options, (analysis) => analyses.push(analysis));
  return { analyses, problems };
}

/** Like `analyzePaths`, but each analysis is handed to `take` as it comes, in the order of the inputs, and not kept. */
async function forEachAnalysis(
  paths: readonly string[],
  limits: ReadLimits,
  { settings = defaultSettings, published, jobs = 1 }: AnalysisOptions,
  take: (analysis: StandardAnalysis) => void,
): Promise<InputProblem[]> {
  const problems: InputProblem[] = [];
  const items = await collectInputItems(paths, limits);
  const pool = createAnalysisPool(threadsFor(jobs, items.length, ANALYZE_JOBS), settings);
  const run: ItemRun = { pool, limits, settings, published };
  try {
    // Twice as many documents under way as workers, so that a worker finds the next one read.
    for await (const result of mapInOrder(items, (item) => analyzeItem(item, run), pool.jobs * 2)) {
      problems.push(...result.problems);
      if (result.analysis) take(result.analysis);
    }
  } finally {
    await pool.close();
  }
  return problems;
}

async function analyzeItem(item: InputItem, { pool, limits, settings, published }: ItemRun): Promise<ItemResult> {
  if (item.problem) return { analysis: null, problems: [item.problem] };
  const problems: InputProblem[] = [];
  try {
    const loaded = await loadItem(item, limits, pool);
    for (const warning of loaded.warnings) problems.push({ input: item.label, message: warning, fatal: false });
    const document = published
      ? { ...loaded.document, hints: { ...loaded.document.hints, published, publishedSource: 'user' as const } }
      : loaded.document;
    // One job: the budgeted worker (a document over its time or memory fails alone); several: the pool.
    const result = pool.jobs > 1 ? await pool.analyze(document) : await analyzeWithinBudget(document, settings);
    if (!isFailedAnalysis(result)) return { analysis: result, problems };
    problems.push({ input: item.label, message: namedReason(item.label, result.failure.reason), fatal: true });
  } catch (error) {
    problems.push({ input: item.label, message: failureLine(item.label, error), fatal: true });
  }
  return { analysis: null, problems };
}

/**
 * Analyses paths as one collection: each document's analysis, what the collection stages learn over
 * them, and the problems. The analyses wait on disk (see spilled-analyses.ts) for the output to read
 * them back one at a time; the caller closes them.
 */
export async function analyzePathsAsCollection(
  paths: readonly string[],
  limits: ReadLimits,
  options: AnalysisOptions = {},
): Promise<{ analyses: SpilledAnalyses; problems: readonly InputProblem[]; collection: CollectionAnalysis }> {
  const settings = options.settings ?? defaultSettings;
  const analyses = new SpilledAnalyses();
  try {
    const problems = await forEachAnalysis(paths, limits, options, (analysis) => analyses.add(analysis));
    return { analyses, problems, collection: analyzeCollection(analyses.forCollection, settings) };
  } catch (error) {
    analyses.close();
    throw error;
  }
}

/** A refusal's reason as one line that names the input (a stage's reason names it already; a budget's does not). */
export function namedReason(label: string, reason: string): string {
  return reason.startsWith(`${label}:`) ? reason : `${label}: ${reason}`;
}
