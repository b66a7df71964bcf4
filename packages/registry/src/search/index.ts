// Barrel of this folder; the package index re-exports it.
export type { SearchIssueCode } from "./messages.js";
export { searchMessages } from "./messages.js";
export type {
  SearchFilterValue,
  SearchHit,
  SearchIndex,
  SearchIndexOptions,
  SearchPage,
  SearchQuery,
} from "./searchIndex.js";
export { createSearchIndex, SearchQuerySchema } from "./searchIndex.js";
