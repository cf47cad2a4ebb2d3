import { z } from 'zod';
import { AdvisorySchema, FEED_FORMAT, MAX_FEED_ADVISORIES } from './schema';

/** The feed format as JSON Schema (draft 2020-12), generated from the zod schema the extension validates with. */
export function feedJsonSchema(): Record<string, unknown> {
  const feed = z.strictObject({
    format: z.literal(FEED_FORMAT),
    advisories: z.array(AdvisorySchema).max(MAX_FEED_ADVISORIES),
  });
  return {
    title: 'Admin Console Guard advisory feed',
    description: `A fleet's own advisories (policy advisoriesUrl), merged with the shipped table. Entries are validated one by one: an invalid entry is reported and skipped. See docs/advisories.md.`,
    ...z.toJSONSchema(feed, { io: 'input', unrepresentable: 'any' }),
  };
}
