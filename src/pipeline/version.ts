/**
 * The version of the document pipeline, stored beside each document's layers so that a store knows
 * which analyses an older pipeline made (the server re-analyses those in the background).
 *
 * When to bump `PIPELINE_REVISION`: whenever a change to a stage, a lexicon, the settings or what a
 * reader hands the pipeline changes any layer or message of any document. Bump it by one in the
 * same commit as the change. test/pipeline-version.test.ts keeps this honest: it analyses the
 * bundled and fixture documents, and fails when their layers no longer match the fingerprint that
 * was recorded for this revision (then bump, and re-record with
 * `PUENTE_UPDATE_FIXTURES=1 npx vitest run test/pipeline-version.test.ts`). A change that leaves every
 * layer alone (speed, comments, collection stages) needs no bump. The package version is not part
 * of it: releases that do not change the layers should not re-analyse a store.
 */
export const PIPELINE_REVISION = 16;

/** FNV-1a over a string, as 8 hex digits: a short, stable fingerprint. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The version string of a pipeline: the revision plus a fingerprint of its stage names in order,
 * so adding, removing or reordering a stage changes the version without a hand bump.
 */
export function pipelineVersion(revision: number, stageNames: readonly string[]): string {
  return `r${revision}+${fnv1a(stageNames.join(','))}`;
}
