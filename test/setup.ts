// Every unit test gets a real IndexedDB implementation (not a mock) and a clean DOM.
import 'fake-indexeddb/auto';
import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';

afterEach(cleanup);
