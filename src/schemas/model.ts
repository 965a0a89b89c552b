/**
 * `data/models/<creator>/<id>.yaml`: one model. The file name is its id and the folder its creator;
 * neither is repeated inside the file.
 */
import { z } from 'astro/zod';
import {
  DateOrMonth,
  expected,
  HttpsUrl,
  Id,
  IsoDate,
  oneLine,
  oneOf,
  prose,
  TokenCount,
  uniqueList,
  YearMonth,
} from './fields.ts';
import { FactSources, hasFact } from './fact-sources.ts';
import { Score } from './score.ts';
import { MODALITIES, STATUSES, TIERS, type CAPABILITIES } from './vocabulary.ts';

export { MODALITIES, STATUSES, TIERS };

export const Tier = oneOf(TIERS).describe(
  "Where the model sits in its maker's line-up: flagship (the best they sell), balanced (the mid-price workhorse), lightweight (small, fast, cheap), specialized (embeddings, code-only, and other single-purpose models).",
);

const Modality = oneOf(MODALITIES);

export const API_TYPES = [
  'chat-completions',
  'responses',
  'messages',
  'generate-content',
  'completions',
  'embeddings',
  'realtime',
  'batch',
] as const;
const ApiType = oneOf(API_TYPES);

/** A capability is true, false, or absent when nobody has published whether it exists. */
const capability = (what: string) => z.boolean(expected('true or false')).optional().describe(what);

export const Capabilities = z
  .strictObject({
    tool_calling: capability('Calls functions (tools) the caller defines.'),
    parallel_tool_calls: capability('Can request several tool calls in one turn.'),
    structured_output: capability('Guarantees output that matches a JSON Schema.'),
    streaming: capability('Streams tokens as they are generated.'),
    reasoning: capability('Thinks before answering (a reasoning or "thinking" mode).'),
    batch: capability("Available through the maker's asynchronous batch API."),
    fine_tuning: capability('The maker offers fine-tuning of this model.'),
  } satisfies Record<(typeof CAPABILITIES)[number], unknown>)
  .describe('What the model can do through its API. Leave out what is not published.');

const FaqEntry = z.strictObject({
  q: oneLine(200).describe('The question, as a person would ask it.'),
  a: prose(1500).describe('The answer, written by us. No numbers that the data already holds.'),
});

/** The model's fields, before the checks across them; the API publishes a subset. */
export const ModelFields = z.strictObject({
  name: oneLine(80).describe(
    'Display name, as the maker writes it: "GPT-4o mini", "Claude Sonnet 4.5".',
  ),
  family: Id.describe(
    'The model family, an id shared by its siblings: gpt-4o, claude-sonnet, gemini-2.5.',
  ),
  tier: Tier,
  released: DateOrMonth.optional().describe(
    'Date of general availability (or first public API access); YYYY-MM when only the month is published. Left out when no page read states it.',
  ),
  knowledge_cutoff: YearMonth.optional().describe(
    'Knowledge cutoff, YYYY-MM: the month the training data runs to, as the maker publishes it. Where the maker states two dates, this is the training-data cutoff and the other is reliable_knowledge_cutoff.',
  ),
  reliable_knowledge_cutoff: YearMonth.optional().describe(
    'The month up to which the maker says the model knows the world reliably, YYYY-MM, when it states one apart from the training-data cutoff (Anthropic\'s "reliable knowledge cutoff").',
  ),
  context_window: TokenCount.describe('Maximum tokens of input plus output in one request.'),
  max_output: TokenCount.optional().describe(
    'Maximum tokens the model may generate in one response.',
  ),
  modalities: z
    .strictObject({
      input: uniqueList(Modality, 'modalities')
        .min(1, expected('at least one input modality'))
        .describe('What it accepts: text, image, audio, video, pdf.'),
      output: uniqueList(Modality, 'modalities')
        .min(1, expected('at least one output modality'))
        .describe('What it produces: text, image, audio, video, pdf.'),
    })
    .describe('What the model reads and what it writes.'),
  capabilities: Capabilities,
  api_types: uniqueList(ApiType, 'API types')
    .optional()
    .describe("The maker's API endpoints this model is served through."),
  open_weights: z
    .boolean(expected('true or false'))
    .describe('Whether the weights can be downloaded.'),
  license: oneLine(80)
    .optional()
    .describe(
      'Licence of the weights (an SPDX id such as Apache-2.0, or the licence name), as a page in sources: states it. Left out when no page read states it, even for open weights: the page then says it is not confirmed, and check:data lists the model.',
    ),
  links: z
    .strictObject({
      docs: HttpsUrl.optional().describe("The maker's documentation page for the model."),
      announcement: HttpsUrl.optional().describe('The launch post.'),
      model_card: HttpsUrl.optional().describe('The model card or system card.'),
      weights: HttpsUrl.optional().describe('Where the weights are published.'),
      paper: HttpsUrl.optional().describe('The technical report.'),
    })
    .optional()
    .describe('Links to primary sources about the model.'),
  status: oneOf(STATUSES).describe(
    'active, preview, deprecated (still served, with a shutdown announced) or retired (no longer served). Never delete a retired model: mark it.',
  ),
  deprecated: IsoDate.optional().describe('Date the deprecation was announced, when it is known.'),
  retired: IsoDate.optional().describe('Date the model stops (or stopped) being served.'),
  replaced_by: Id.optional().describe('Id of the model the maker recommends instead.'),
  aliases: uniqueList(oneLine(120), 'aliases')
    .optional()
    .describe(
      "Other ids the model goes by in providers' APIs and in catalogues (dated snapshots, vendor-prefixed ids). The importer and the refresher match offers by them, and search finds them.",
    ),
  summary: oneLine(200).optional().describe('One line on what the model is for, written by us.'),
  description: prose(3000)
    .optional()
    .describe('Two short paragraphs about the model, written by us.'),
  strengths: z
    .array(oneLine(200))
    .optional()
    .describe('Editorial strengths; derived from the data when absent.'),
  limitations: z
    .array(oneLine(200))
    .optional()
    .describe('Editorial limitations; derived from the data when absent.'),
  key_features: z
    .array(oneLine(200))
    .optional()
    .describe('What sets the model apart, one line each.'),
  use_cases: z.array(oneLine(200)).optional().describe('Work the model suits, one line each.'),
  faq: z
    .array(FaqEntry)
    .optional()
    .describe('Questions beyond the ones the site derives from the data.'),
  competitors: uniqueList(Id, 'model ids')
    .optional()
    .describe('Ids of models people weigh against this one.'),
  sources: FactSources.optional(),
  scores: z
    .array(Score, expected('a list of scores'))
    .optional()
    .describe(
      'Benchmark scores, each dated and sourced; one entry per benchmark, settings and measurer. Unknown stays absent.',
    ),
});

export const Model = ModelFields.superRefine((model, ctx) => {
  if (model.status === 'retired' && model.retired === undefined) {
    ctx.addIssue({
      code: 'custom',
      path: ['retired'],
      message: 'missing: a retired model needs the date it was retired',
    });
  }
  if (model.max_output !== undefined && model.max_output > model.context_window) {
    ctx.addIssue({
      code: 'custom',
      path: ['max_output'],
      message: `expected at most the context window (${model.context_window}), got ${model.max_output}`,
    });
  }
  // The same measurement twice is a copy slip; two numbers for it would leave a reader to guess.
  const seen = new Map<string, number>();
  model.scores?.forEach((score, i) => {
    const settings = Object.entries(score.settings ?? {}).sort(([a], [b]) => (a < b ? -1 : 1));
    const key = JSON.stringify([score.benchmark, settings, score.measured_by, score.source]);
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['scores', i],
        message: `the same score as scores[${first}] (benchmark, settings, measurer and source): keep one`,
      });
  });
  checkSources(model, ctx);
  // A model cannot have learned from data newer than itself; a catalogue date mix-up usually.
  const releasedMonth = model.released?.slice(0, 7);
  if (
    model.knowledge_cutoff !== undefined &&
    releasedMonth !== undefined &&
    model.knowledge_cutoff > releasedMonth
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['knowledge_cutoff'],
      message: `expected a cutoff no later than the release (${model.released}), got ${model.knowledge_cutoff}`,
    });
  }
  const reliable = model.reliable_knowledge_cutoff;
  if (reliable !== undefined && releasedMonth !== undefined && reliable > releasedMonth) {
    ctx.addIssue({
      code: 'custom',
      path: ['reliable_knowledge_cutoff'],
      message: `expected a cutoff no later than the release (${model.released}), got ${reliable}`,
    });
  }
  // What it knows reliably cannot reach past the data it was trained on.
  if (
    reliable !== undefined &&
    model.knowledge_cutoff !== undefined &&
    reliable > model.knowledge_cutoff
  ) {
    ctx.addIssue({
      code: 'custom',
      path: ['reliable_knowledge_cutoff'],
      message: `expected no later than the training-data cutoff (knowledge_cutoff ${model.knowledge_cutoff}), got ${reliable}`,
    });
  }
}).describe('One model. The file name is its id; the folder it sits in is its creator.');

/** Each page once, and each fact it names present in the model: a source for nothing is a slip. */
function checkSources(model: z.infer<typeof ModelFields>, ctx: z.RefinementCtx): void {
  const urls = new Map<string, number>();
  model.sources?.forEach((source, i) => {
    const first = urls.get(source.url);
    if (first === undefined) urls.set(source.url, i);
    else
      ctx.addIssue({
        code: 'custom',
        path: ['sources', i, 'url'],
        message: `the same page as sources[${first}]: list its facts there`,
      });
    source.fields.forEach((field, j) => {
      const path = ['sources', i, 'fields', j];
      if (!hasFact(model, field))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `names ${field}, which this model does not give: add the value or leave ${field} out`,
        });
      const parent = field.split('.')[0];
      if (parent !== field && (source.fields as readonly string[]).includes(parent ?? ''))
        ctx.addIssue({
          code: 'custom',
          path,
          message: `${parent} already names every one of its values: leave ${field} out`,
        });
    });
  });
}

export type Model = z.infer<typeof Model>;
export type Tier = z.infer<typeof Tier>;
