import { DB_NAME, openDb, type Db } from './db';

/**
 * A lazily opened connection that is opened again after it was closed under us (another context
 * upgrading the schema, or the browser closing it), for contexts that live on: popup, options.
 */
export function dbConnection(name = DB_NAME): () => Promise<Db> {
  let open: Promise<Db> | undefined;
  const forget = () => {
    open = undefined;
  };
  return () => {
    if (!open) {
      open = openDb(name, { closed: forget });
      open.catch(forget);
    }
    return open;
  };
}
