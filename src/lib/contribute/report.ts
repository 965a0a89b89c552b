/**
 * "Report a problem" links: a GitHub issue form (.github/ISSUE_TEMPLATE/wrong-data.yml) opened
 * with the model, provider, field and the value the page shows already filled in, so the person
 * reporting only adds the correct value and its source. GitHub fills a form's field from the query
 * parameter named by the field's `id`.
 */
import type { CatalogModel, CatalogOffer } from '../catalog/types.ts';
import { date, tokens, usd } from '../format.ts';
import { REPO_URL } from '../site.ts';

export const REPORT_TEMPLATE = 'wrong-data.yml';

/** The fields the links fill in, by the issue form's ids. */
export interface ReportFields {
  model: string;
  provider?: string;
  field: string;
  current: string;
}

export function reportUrl(title: string, fields: ReportFields): string {
  const query = new URLSearchParams({ template: REPORT_TEMPLATE, title: `[data] ${title}` });
  for (const [id, value] of Object.entries(fields)) if (value) query.set(id, value);
  return `${REPO_URL}/issues/new?${query.toString()}`;
}

/** One provider's prices as its row shows them, with their date and source. */
export function offerReport(model: CatalogModel, offer: CatalogOffer): string {
  const { price } = offer;
  const parts = [`input ${usd(price.input)}`, `output ${usd(price.output)}`];
  if (price.cached_input != null) parts.push(`cached input ${usd(price.cached_input)}`);
  return reportUrl(`${model.name} at ${offer.provider.name}`, {
    model: model.id,
    provider: offer.provider.id,
    field: 'prices per 1M tokens',
    current: `${parts.join(', ')} (as of ${date(offer.updated)}, source ${offer.source})`,
  });
}

/** Every page the model cites for its facts, with the day read and the facts it supports. */
export function sourcesText(model: Pick<CatalogModel, 'sources'>): string {
  const pages = (model.sources ?? []).map(
    (s) => `${s.url} (${s.secondary ? 'secondary, ' : ''}read ${s.read}: ${s.fields.join(', ')})`,
  );
  return pages.length > 0 ? pages.join('; ') : 'none recorded';
}

/** The model's own facts, as its details show them, and the pages they were read on. */
export function modelReport(model: CatalogModel): string {
  return reportUrl(model.name, {
    model: model.id,
    field: 'model facts',
    current: [
      `context ${tokens(model.context_window)}`,
      model.max_output !== undefined ? `max output ${tokens(model.max_output)}` : undefined,
      `released ${date(model.released)}`,
      `status ${model.status}`,
    ]
      .filter(Boolean)
      .join(', ')
      .concat(`; sources: ${sourcesText(model)}`),
  });
}
