/** Paging rules are the store's, not a backend's: the SQLite backend's checks, shared. */
export { pageOf, DEFAULT_LIMIT, MAX_LIMIT } from "../sqlite/page.js";
