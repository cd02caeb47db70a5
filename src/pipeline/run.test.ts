import { describe, expect, it } from 'vitest';
import { defaultSettings, defineStage } from '../core/index.js';
import { documentFromText } from '#test/helpers/documents.js';
import { createPipeline } from './create-pipeline.js';
import { isFailedAnalysis, runDocument } from './run.js';
import { clean } from './stages/clean/index.js';

describe('runDocument', () => {
  it('keeps every message of a stage that reports more of them than one call can take as arguments', () => {
    // A page of bare numbers makes the figures stage report one message per number: hundreds of thousands.
    const noisy = defineStage({
      name: 'sentences',
      needs: ['clean'],
      run({ document }, report) {
        for (let i = 0; i < 300_000; i++)
          report.info('a number with nothing counted', { start: 0, end: 1 }, { ruleId: 'test-flood' });
        return [{ start: 0, end: document.text.length, paragraph: 0 }];
      },
    });
    const result = runDocument(createPipeline([clean, noisy] as const), documentFromText('1 2 3 4 5'), {
      settings: defaultSettings,
    });
    if (isFailedAnalysis(result)) throw new Error(result.failure.reason);
    expect(result.messages.filter((m) => m.ruleId === 'test-flood')).toHaveLength(300_000);
  });
});
