import { useId, useState } from 'react';
import { regionSchema } from '../../data/schema';
import type { IsoCountry } from './isoTable';

interface Props {
  country: IsoCountry;
  onAdd: (code: string, region: string) => Promise<void>;
}

const REGION_NAMES: Record<string, string> = {
  'central-asia': 'Central Asia',
  caucasus: 'the Caucasus',
  'south-asia': 'South Asia',
  'east-asia': 'East Asia',
  'middle-east': 'the Middle East',
  powers: 'the powers',
  europe: 'Europe',
  other: 'elsewhere',
};

/** A country the form names that countries.json lacks: added in one confirmation, region chosen. */
export function AddCountry({ country, onAdd }: Props) {
  const [region, setRegion] = useState<string>(country.region);
  const [busy, setBusy] = useState(false);
  const regionId = useId();
  return (
    <div className="wb-add-country">
      <p>
        {country.name} ({country.code}) is not in countries.json yet. Add it, with its names from the ISO
        table and its anchor from the map:
      </p>
      <label htmlFor={regionId}>Region of {country.name}</label>{' '}
      <select id={regionId} value={region} onChange={(e) => setRegion(e.target.value)}>
        {regionSchema.options.map((r) => (
          <option key={r} value={r}>
            {REGION_NAMES[r] ?? r}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          await onAdd(country.code, region);
          setBusy(false);
        }}
      >
        Add {country.name} to countries.json
      </button>
    </div>
  );
}
