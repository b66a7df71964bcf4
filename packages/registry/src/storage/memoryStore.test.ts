import { describe, expect, it } from "vitest";
import { describeRegistryStore, opened } from "../../test/storeSuite.js";
import { memoryStore } from "./memoryStore.js";

describeRegistryStore("memoryStore", async () => opened(memoryStore()));

describe("memoryStore options", () => {
  it("refuses options it does not know, naming the option, in the caller's language", () => {
    const option = (r: ReturnType<typeof memoryStore>) => (r.ok ? undefined : r.issues[0]?.params?.option);
    expect(option(memoryStore({ now: "2025-01-01" } as never))).toBe("now");
    expect(option(memoryStore({ clock: () => "" } as never))).toBe("clock");
    expect(option(memoryStore("fast" as never))).toBe("options");
    const fr = memoryStore({ now: 1, locale: "fr" } as never);
    expect(fr.ok ? "" : fr.issues[0]?.message).toBe("L'option now du stockage n'est pas valide.");
    expect(memoryStore(null as never).ok).toBe(true);
    expect(memoryStore().ok).toBe(true);
  });
});
