/**
 * Pieces the schemas of client.yaml share: a platform's name, a number YAML may have
 * read out of range, a day that exists.
 */
import { z } from 'zod';
import { parseIsoDate } from '../model/calendar.ts';
import { inNumberRange, RANGE_EXPECTATION } from './numbers.ts';

/** A platform's name as client.yaml and Recap's files write it: facebook, google-ads. */
export const PLATFORM_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Numbers in client.yaml: YAML reads 1e400 and .inf as Infinity, and past 2^53 whole numbers are not exact. */
export const inRange = <T extends z.ZodNumber>(schema: T) =>
  schema.refine(inNumberRange, { error: `expected ${RANGE_EXPECTATION}` });

/** A day as YYYY-MM-DD that exists in the calendar (2026-02-29 does not). */
export const isoDay = (what: string) =>
  z
    .string({ error: `expected the ${what} as a date YYYY-MM-DD, such as 2026-12-31` })
    .refine((text) => parseIsoDate(text) !== null, {
      error: `expected the ${what} as a date YYYY-MM-DD that exists, such as 2026-12-31`,
    });
