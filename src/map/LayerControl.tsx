import type { LayerId } from '../state/layersSlice';
import { useAppStore } from '../state/store';

const LAYERS: readonly { id: LayerId; label: string; hint?: string }[] = [
  { id: 'projects', label: 'Projects' },
  { id: 'places', label: 'Places' },
  { id: 'conflict', label: 'Reported attacks' },
  { id: 'tiles', label: 'Online map tiles', hint: 'loads images from tile.openstreetmap.org' },
];

/** The map's layer switches: plain checkboxes bound to the store, outside the map itself. */
export function LayerControl() {
  return (
    <fieldset className="layer-control">
      <legend>Map layers</legend>
      {LAYERS.map((layer) => (
        <LayerCheckbox key={layer.id} {...layer} />
      ))}
    </fieldset>
  );
}

function LayerCheckbox({ id, label, hint }: { id: LayerId; label: string; hint?: string }) {
  const checked = useAppStore((s) => s.layers[id]);
  const setLayer = useAppStore((s) => s.setLayer);
  const hintId = `layer-hint-${id}`;
  return (
    <span className="layer-option">
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => setLayer(id, e.currentTarget.checked)}
          aria-describedby={hint ? hintId : undefined}
        />
        {label}
      </label>
      {hint && (
        <span id={hintId} className="layer-hint">
          ({hint})
        </span>
      )}
    </span>
  );
}
