import { defaultSettings, type Settings } from '../core/index.js';
import { analyzeCollection, isFailedAnalysis, type StandardAnalysis } from '../pipeline/index.js';
import { toContract, type ContractAnalysis } from '../export/contract-json.js';
import type { ReadLimits } from '../readers/index.js';
import { collectInputItems } from './input-items.js';
import { analyzeWithinBudget } from './analysis-budget.js';
import { failureLine } from './input-failure.js';

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

/** What the user states about the inputs of one analysis. */
export interface AnalysisInputOptions {
  /** The publication date (YYYY-MM-DD) of every input, over what the inputs say; none by default. */
  readonly published?: string;
}

/**
 * Reads and analyses files, folders and manifests without storing anything; bad inputs become
 * problems. Each document is analysed within its budget (see analysis-budget.ts); whatever goes
 * wrong with one input, a bug included, is that input's problem, and the others go on.
 */
export async function analyzePaths(paths: readonly string[], limits: ReadLimits, settings: Settings = defaultSettings, options: AnalysisInputOptions = {}): Promise<AnalysisRun> {
  const analyses: StandardAnalysis[] = [];
  const problems: InputProblem[] = [];
  for (const item of await collectInputItems(paths, limits)) {
    if (item.problem) {
      problems.push(item.problem);
      continue;
    }
    try {
      const loaded = await item.load();
      for (const warning of loaded.warnings) problems.push({ input: item.label, message: warning, fatal: false });
      const document = options.published ? { ...loaded.document, hints: { ...loaded.document.hints, published: options.published, publishedSource: 'user' as const } } : loaded.document;
      const result = await analyzeWithinBudget(document, settings);
      if (isFailedAnalysis(result)) problems.push({ input: item.label, message: namedReason(item.label, result.failure.reason), fatal: true });
      else analyses.push(result);
    } catch (error) {
      problems.push({ input: item.label, message: failureLine(item.label, error), fatal: true });
    }
  }
  return { analyses, problems };
}

/** Analyses paths as one collection (entities shared, sources compared) and builds the contract. */
export async function analyzePathsToContract(
  paths: readonly string[],
  limits: ReadLimits,
  settings: Settings = defaultSettings,
  options: AnalysisInputOptions = {},
): Promise<{ analysis: ContractAnalysis; problems: readonly InputProblem[] }> {
  const run = await analyzePaths(paths, limits, settings, options);
  return { analysis: toContract(run.analyses, analyzeCollection(run.analyses, settings)), problems: run.problems };
}

/** A refusal's reason as one line that names the input (a stage's reason names it already; a budget's does not). */
export function namedReason(label: string, reason: string): string {
  return reason.startsWith(`${label}:`) ? reason : `${label}: ${reason}`;
}
