// Barrel of this folder; the package index re-exports it.
export type { CapacityTopicValue, Catalogue, CatalogueIssueCode, CatalogueTopic } from "./topic.js";
export {
  CapacityTopic,
  CatalogueTopicSchema,
  catalogueMessages,
  createCatalogue,
  DEFAULT_CATALOGUE,
  topicLabel,
} from "./topic.js";
