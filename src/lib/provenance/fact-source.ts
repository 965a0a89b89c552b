/**
 * Where a model's fact was read, as the model page shows it beside the fact: the page (the
 * maker's own before a secondary one), its host as the link's words, and the day read.
 */
import { sourceOf, type FactField, type FactValues } from '../../schemas/fact-sources.ts';
import { date } from '../format.ts';
import { sourceLink } from './source-link.ts';

export interface FactSourceNote {
  url: string;
  /** The page's host, as price rows name theirs: platform.claude.com. */
  label: string;
  /** The day read, as the page writes dates: 7 Dec 2026. */
  read: string;
  secondary: boolean;
}

export function factSourceNote(model: FactValues, field: FactField): FactSourceNote | undefined {
  const source = sourceOf(model, field);
  if (!source) return undefined;
  return {
    url: source.url,
    label: sourceLink(source.url).label,
    read: date(source.read),
    secondary: source.secondary === true,
  };
}
