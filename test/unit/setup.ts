import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { appStore, createAppStore } from '../../src/state/store';

// Every test starts from a fresh store, so no state leaks between tests.
beforeEach(() => appStore.setState(createAppStore().getState(), true));
afterEach(() => cleanup());
