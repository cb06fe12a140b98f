import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CountryFilter } from '../../../src/filter/CountryFilter';
import { appStore } from '../../../src/state/store';
import { putFile } from '../state/seedStore';

describe('the country filter without countries.json', () => {
  it('says why it cannot be used, rather than only greying out', () => {
    putFile(appStore, 'countries', {
      status: 'error',
      problems: [
        { level: 'error', file: 'countries.json', record: null, field: null, message: 'the file is empty' },
      ],
    });
    render(<CountryFilter />);
    const toggle = screen.getByRole('button', { name: /Filter by country/ });
    expect(toggle).toBeDisabled();
    expect(toggle).toHaveAccessibleDescription('The country list could not be loaded.');
  });
});
