// The memory store passes the shared store contract.
import { createMemoryStore } from "../../../server/store/memory.ts";
import { storeContract } from "./contract.ts";

storeContract("memory", async () => createMemoryStore());
