import type { TrackingService } from '../services/tracking.service.js';
import { UsageError } from './usage-error.js';

/** The agreement a command is about: `--agreement ID`, or the only one in the store. */
export async function agreementIdFrom(tracking: TrackingService, option: string | undefined): Promise<string> {
  if (option) return option;
  const agreements = await tracking.listAgreements();
  if (agreements.length === 1) return agreements[0]!.id;
  if (!agreements.length) throw new UsageError('no agreement in the store yet: run puente agreement import FILE');
  throw new UsageError(
    `several agreements are stored; choose one with --agreement (${agreements.map((a) => a.id).join(', ')})`,
  );
}
