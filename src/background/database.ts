import { dbConnection } from '../store/connection';

/** The worker's connection: a handle, not state; losing it with a stopped worker costs one reopen. */
export const database = dbConnection();
