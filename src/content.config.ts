// Wiring only: every collection comes from the one data loader.
import { defineCollection } from 'astro:content';
import { atlasLoader } from './data/astro-loader.ts';

export const collections = {
  creators: defineCollection({ loader: atlasLoader('creators') }),
  models: defineCollection({ loader: atlasLoader('models') }),
  providers: defineCollection({ loader: atlasLoader('providers') }),
  benchmarks: defineCollection({ loader: atlasLoader('benchmarks') }),
  evaluators: defineCollection({ loader: atlasLoader('evaluators') }),
  refreshState: defineCollection({ loader: atlasLoader('refreshState') }),
};
