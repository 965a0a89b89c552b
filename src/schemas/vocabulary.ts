/**
 * The fixed word lists of the data format, without the schemas around them: the browser's scripts
 * (the finder's) need a few of them, and importing the schemas themselves would bundle zod into
 * the page. The schemas build their enums from these lists.
 */
export const TIERS = ['flagship', 'balanced', 'lightweight', 'specialized'] as const;
export const MODALITIES = ['text', 'image', 'audio', 'video', 'pdf'] as const;
export const STATUSES = ['active', 'preview', 'deprecated', 'retired'] as const;
/** What a model can do through its API, by the keys of its `capabilities`. */
export const CAPABILITIES = [
  'tool_calling',
  'parallel_tool_calls',
  'structured_output',
  'streaming',
  'reasoning',
  'batch',
  'fine_tuning',
] as const;

/** An offer's flat prices (USD per 1M tokens), in the order pages show them and changes are told. */
export const FLAT_PRICE_FIELDS = [
  'input',
  'output',
  'cached_input',
  'cache_write',
  'batch_input',
  'batch_output',
] as const;

/** What a benchmark stands for; search and the finder pick a benchmark for a request by it. */
export const BENCHMARK_CATEGORIES = [
  'knowledge',
  'reasoning',
  'math',
  'coding',
  'agentic',
  'multimodal',
  'long-context',
  'instruction-following',
  'factuality',
] as const;

/** How a benchmark's scores read: shares and rates run 0 to 100. */
export const SCORE_UNITS = ['percent', 'rate', 'elo', 'points'] as const;

/** How hard a model was asked to think for a score, in the words makers use. */
export const REASONING_SETTINGS = [
  'none',
  'minimal',
  'low',
  'medium',
  'high',
  'xhigh',
  'max',
  'thinking',
  'non-thinking',
] as const;
