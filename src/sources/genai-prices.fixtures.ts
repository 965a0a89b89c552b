/**
 * Hand-made inputs in the shape of genai-prices' prices/new_data/v2/data.schema.json, for the tests
 * of the reader (genai-prices.test.ts) and of the snapshot script (genai-prices-snapshot.test.ts):
 * a bare array of Provider (L1432-1435, L1034-1166), each with ModelInfo (L226-315) whose `prices`
 * is a ModelPrice (L316-1033) or a list of ConditionalPrice (L199-225) with a StartDateConstraint or
 * a TimeOfDateConstraint (L1167-1183, L1231-1254); tiered values are TieredPrices (L1184-1230).
 */
export const provider = (id: string, models: unknown[]) => ({
  id,
  name: id,
  api_pattern: `https://api\\.${id}\\.com`,
  models,
});
export const model = (id: string, prices: unknown, extra: Record<string, unknown> = {}) => ({
  id,
  match: { equals: id },
  prices,
  ...extra,
});
