import { z } from 'zod';
import { HostPolicy } from '../services/web-intake.service.js';
import { defaultReadLimits, type ReadLimits } from '../services/open-store.js';
import { UsageError } from './usage-error.js';
import type { Jobs } from '../services/analysis-pool.js';

const sizeSchema = z
  .string()
  .regex(/^\d+(?:\.\d+)?\s*(?:b|kb|mb|gb)?$/i, 'a size such as 50MB, 800KB or 1048576')
  .transform((value) => {
    const match = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)?$/i.exec(value)!;
    const unit = (match[2] ?? 'b').toLowerCase();
    const factor = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[unit as 'b'];
    return Math.round(Number(match[1]) * factor);
  });

/** A size in bytes from an option's value such as 50MB; UsageError naming the option otherwise. */
export function bytesFrom(option: string, raw: string): number {
  const parsed = sizeSchema.safeParse(raw.trim());
  if (!parsed.success)
    throw new UsageError(`${option} ${JSON.stringify(raw)}: expected ${parsed.error.issues[0]?.message ?? 'a size'}`);
  return parsed.data;
}

/** Read limits from `--max-size` (or PUENTE_MAX_SIZE), defaulting to 50 MB. */
export function readLimitsFrom(maxSize: string | undefined): ReadLimits {
  const raw = maxSize ?? process.env.PUENTE_MAX_SIZE;
  if (raw === undefined) return defaultReadLimits;
  return { ...defaultReadLimits, maxBytes: bytesFrom('--max-size', raw) };
}

/** The store path from `--db`, then PUENTE_DB, then ./puente.db. */
export function databasePathFrom(db: string | undefined): string {
  return db ?? process.env.PUENTE_DB ?? 'puente.db';
}

const publishedSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date such as 2025-12-11')
  .refine((value) => {
    const at = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(at.getTime()) && at.toISOString().startsWith(value);
  }, 'a real calendar date');

/** The publication date from `--published`, as ISO YYYY-MM-DD, or undefined when not given. */
export function publishedDateFrom(published: string | undefined): string | undefined {
  if (published === undefined) return undefined;
  const parsed = publishedSchema.safeParse(published.trim());
  if (!parsed.success)
    throw new UsageError(
      `--published ${JSON.stringify(published)}: expected ${parsed.error.issues[0]?.message ?? 'a date'}`,
    );
  return parsed.data;
}

/** The hosts allowed on private addresses: `--allow-host HOST` (repeatable) and PUENTE_ALLOW_HOSTS (comma-separated). */
export function hostPolicyFrom(allowHost: readonly string[] | undefined): HostPolicy {
  return HostPolicy.from(allowHost, process.env.PUENTE_ALLOW_HOSTS);
}

/** The fetch timeout from `--timeout` (seconds: 20, 2.5, 20s, 1500ms), defaulting to 20 s. */
export function timeoutFrom(timeout: string | undefined): number {
  if (timeout === undefined) return 20_000;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(ms|s)?\s*$/i.exec(timeout);
  const ms = match ? Number(match[1]) * (match[2]?.toLowerCase() === 'ms' ? 1 : 1000) : NaN;
  if (!(ms >= 100 && ms <= 600_000))
    throw new UsageError(`--timeout ${JSON.stringify(timeout)}: expected seconds from 0.1 to 600, such as 20 or 2.5s`);
  return Math.round(ms);
}

/** Whether a command-line input is a URL (it has a scheme) rather than a path. */
export function isUrlArgument(value: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(value);
}

/** How many documents to analyse at once, from `--jobs` (or PUENTE_JOBS): a whole number from 1; default `auto` (as many as the command pays for: see `threadsFor`). */
export function jobsFrom(jobs: string | undefined): Jobs {
  const raw = jobs ?? process.env.PUENTE_JOBS;
  if (raw === undefined) return 'auto';
  if (!/^\s*\d+\s*$/.test(raw) || Number(raw) < 1)
    throw new UsageError(`--jobs ${JSON.stringify(raw)}: expected a whole number of at least 1`);
  return Number(raw);
}
