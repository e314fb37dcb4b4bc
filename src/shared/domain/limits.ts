/**
 * The API's limits, in a module without schemas: the message catalogs quote them, and importing them from the
 * schema modules would put zod in the renderer's entry bundle.
 */

/** Thordata refuses usage ranges longer than this (error 10021). */
export const MAX_USAGE_RANGE_DAYS = 180

/** Most addresses one batch may carry: more than any plan's whitelist holds. */
export const MAX_BATCH_IPS = 500
