// The PostgreSQL store passes the shared store contract, on a real server (one fresh database per test).
import { freshPostgresStore } from "../../../postgres/db.ts";
import { storeContract } from "../contract.ts";

storeContract("postgres", freshPostgresStore);
