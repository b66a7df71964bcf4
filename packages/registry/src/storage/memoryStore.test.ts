import { describeRegistryStore } from "../../test/storeSuite.js";
import { memoryStore } from "./memoryStore.js";

describeRegistryStore("memoryStore", async () => memoryStore());
