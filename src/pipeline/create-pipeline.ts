import type { AnyStage, LayerName, Layers, Stage } from '../core/index.js';

/** The layers a list of stages produces, keyed by stage name. */
export type LayersOf<Stages extends readonly AnyStage[]> = {
  readonly [S in Stages[number] as S['name']]: S extends Stage<LayerName, infer O> ? Layers[O] : never;
};

/** A validated, ordered list of stages. */
export interface Pipeline<Stages extends readonly AnyStage[]> {
  readonly stages: Stages;
}

/**
 * Checks a stage list once, at startup: names are unique and every `needs` entry is produced by an
 * earlier stage. Throws a programmer error that says how to fix the list.
 */
export function createPipeline<const Stages extends readonly AnyStage[]>(stages: Stages): Pipeline<Stages> {
  assertStageOrder('createPipeline', stages);
  return { stages };
}

/**
 * Throws a programmer error, named after `caller`, when a stage name repeats or a stage needs a layer
 * no earlier stage produces.
 */
export function assertStageOrder(
  caller: string,
  stages: readonly { readonly name: string; readonly needs: readonly string[] }[],
): void {
  const produced = new Set<string>();
  for (const stage of stages) {
    if (produced.has(stage.name)) {
      throw new Error(`${caller}: stage \`${stage.name}\` appears twice; each layer has one stage`);
    }
    for (const need of stage.needs) {
      if (!produced.has(need)) {
        throw new Error(
          `${caller}: stage \`${stage.name}\` needs \`${need}\`, which no earlier stage produces; move \`${need}\` above it`,
        );
      }
    }
    produced.add(stage.name);
  }
}
