/**
 * The fixed word lists of the data format, without the schemas around them: the browser's scripts
 * (the finder's) need a few of them, and importing the schemas themselves would bundle zod into
 * the page. The schemas build their enums from these lists.
 */
export const TIERS = ['flagship', 'balanced', 'lightweight', 'specialized'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'] as const;
export const STATUSES = ['active', 'preview', 'deprecated', 'retired'] as const;

/** An offer's flat prices (USD per 1M tokens), in the order pages show them and changes are told. */
export const FLAT_PRICE_FIELDS = [
  'input',
  'output',
  'cached_input',
  'cache_write',
  'batch_input',
  'batch_output',
] as const;
