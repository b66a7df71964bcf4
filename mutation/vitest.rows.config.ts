import { areaConfig } from "./vitest.areas.ts";

export default areaConfig("rows");
