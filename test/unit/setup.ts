import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { appStore } from '../../src/state/store';

// Every test starts from the store's first state, so no state leaks between tests. (Its actions
// must stay those bound to appStore: another store's actions would update that other store.)
const initialState = appStore.getState();
beforeEach(() => appStore.setState(initialState, true));
afterEach(() => cleanup());
