export { Creator } from './creator.ts';
export { Model, Tier, TIERS, MODALITIES, API_TYPES, STATUSES } from './model.ts';
export { Offer, Price, Speed, HistoryEntry, QUANTIZATIONS } from './offer.ts';
export { Provider, PROVIDER_KINDS } from './provider.ts';
export { RefreshState } from './refresh-state.ts';
export { SOURCE_IDS, ID_PATTERN } from './fields.ts';
