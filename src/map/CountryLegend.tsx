import { useMemo } from 'react';
import { formatCount } from '../lib/formatValue';
import { isolateText } from '../lib/isolate';
import { useAppStore } from '../state/store';
import { countryStyle } from './countryStyle';
import { mentionBreaks, mentionClassLabels } from './mentions';
import { selectScene } from './model/selectMapView';
import { namesOf } from './names';
import { offMapFeatures, offMapMentions } from './offMap';
import { KIND_LABELS, PLACE_KIND_LABELS } from './palette';
import { useCountriesFile, useMentions, useNames } from './useMapData';

function CountrySwatch({ mentionClass, selected }: { mentionClass: number; selected: boolean }) {
  const style = countryStyle({ mentionClass, selected, tilesShown: false });
  return (
    <svg className="swatch" width={26} height={18} viewBox="0 0 26 18" aria-hidden="true">
      <rect
        x={2}
        y={2}
        width={22}
        height={14}
        rx={2}
        fill={style.fillColor}
        stroke={style.color}
        strokeWidth={Math.max(1, style.weight ?? 1)}
      />
    </svg>
  );
}

/** The basemap's part of the legend: mention shading, the filter outline, and what lies off the map. */
export function CountryLegend() {
  const mentions = useMentions();
  const countries = useCountriesFile();
  const names = useNames();
  const scene = useAppStore(selectScene);
  const max = Math.max(0, ...mentions.values());
  const breaks = mentionBreaks(max);
  const labels = mentionClassLabels(breaks, max);
  // Tested once per data set (one scene), not at each render.
  const offFeatures = useMemo(() => {
    const off = offMapFeatures(scene);
    return [
      ...off.places.map((f) => ({
        ...f.properties,
        what: PLACE_KIND_LABELS[f.properties.kind].toLowerCase(),
      })),
      ...off.projects.map((f) => ({ ...f.properties, what: KIND_LABELS[f.properties.kind].toLowerCase() })),
    ];
  }, [scene]);
  const offCountries = offMapMentions(countries?.countries ?? [], mentions);

  return (
    <div className="legend-group legend-countries">
      <h4>Countries</h4>
      <p className="legend-note">
        Shaded by how often the articles name them (name, demonym, capital or places in them).
      </p>
      <ul>
        <li>
          <span className="legend-swatch">
            <CountrySwatch mentionClass={0} selected={false} />
          </span>
          <span>Not mentioned</span>
        </li>
        {max > 0 &&
          labels.map((label, i) => (
            <li key={label}>
              <span className="legend-swatch">
                <CountrySwatch mentionClass={i + 1} selected={false} />
              </span>
              <span>
                {label} {label === '1' ? 'mention' : 'mentions'}
              </span>
            </li>
          ))}
        <li>
          <span className="legend-swatch">
            <CountrySwatch mentionClass={0} selected={true} />
          </span>
          <span>In the country filter: click a country to add or remove it</span>
        </li>
      </ul>
      {(offFeatures.length > 0 || offCountries.length > 0) && (
        <p className="legend-note off-map">
          <strong>Off this map:</strong>{' '}
          {offFeatures
            .map((f) => `${isolateText(f.name)} (${f.what}, ${isolateText(namesOf(f.countries, names))})`)
            .join('; ')}
          {offFeatures.length > 0 && offCountries.length > 0 && '. '}
          {offCountries.length > 0 &&
            `Also mentioned: ${offCountries.map((c) => `${isolateText(c.name)} (${formatCount(c.count)})`).join(', ')}.`}
        </p>
      )}
      <p className="legend-note">Country shapes: Natural Earth 1:50m, public domain.</p>
    </div>
  );
}
