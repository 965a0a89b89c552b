/**
 * A model's status in words, for every list that names it: retired and deprecated models are never
 * listed as if they were still sold. One function, so the overview, the finder, the cards, the
 * provider and maker pages, search and the API say it alike.
 */
import { date } from '../format.ts';
/** What the mark reads: a catalog model, or the finder's packed one (its status as a string). */
export interface StatusFields {
  status: string;
  retired?: string | undefined;
}

export interface StatusMark {
  status: 'retired' | 'deprecated' | 'preview';
  /** "Retired 1 Jun 2026", "Deprecated, shuts down 1 Mar 2027", "Preview". */
  words: string;
}

/** The mark a model carries wherever it is listed; undefined for a model sold as generally available. */
export function statusMark(model: StatusFields): StatusMark | undefined {
  switch (model.status) {
    case 'retired':
      return {
        status: 'retired',
        words: model.retired ? `Retired ${date(model.retired)}` : 'Retired',
      };
    case 'deprecated':
      return {
        status: 'deprecated',
        words: model.retired
          ? `Deprecated, shuts down ${date(model.retired)}`
          : 'Deprecated, no shutdown date announced',
      };
    case 'preview':
      return { status: 'preview', words: 'Preview' };
    default:
      return undefined;
  }
}

/** Whether a list that ranks or quotes "cheapest" leaves the model out unless asked: retired only. */
export const isRetired = (model: StatusFields): boolean => model.status === 'retired';
