import { useLeafletContext } from '@react-leaflet/core';
import * as L from 'leaflet';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { mapInSlices } from '../../lib/yieldToMain';
import { selectFilterIndex } from '../../state/selectors';
import { useAppStore } from '../../state/store';
import type { CountryShape } from '../basemap';
import { countryStyle } from '../countryStyle';
import { shapeAt } from '../geometry';
import { mentionBreaks, mentionClass } from '../mentions';
import { useCountriesFile, useMentions } from '../useMapData';

interface Drawn {
  shape: CountryShape;
  polygon: L.Polygon;
}

const latLngs = (shape: CountryShape): L.LatLngTuple[][][] =>
  shape.polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lat, lon] as L.LatLngTuple)));

/**
 * The offline country shapes: shaded by mentions, outlined when in the filter. Clicking a country
 * (anywhere no feature was hit) toggles it in the filter; a click that only closes a popup does not.
 */
export function BasemapLayer({ shapes, tilesShown }: { shapes: CountryShape[]; tilesShown: boolean }) {
  const map = useMap();
  const { pane } = useLeafletContext();
  const [drawn, setDrawn] = useState<Drawn[]>([]);
  const mentions = useMentions();
  const countries = useCountriesFile();
  const filterIndex = useAppStore(selectFilterIndex);
  const toggleCountry = useAppStore((s) => s.toggleCountry);

  const highlighted = useMemo(() => {
    const codes = new Set(filterIndex.selected);
    for (const code of filterIndex.selected)
      for (const member of filterIndex.members.get(code) ?? []) codes.add(member);
    return codes;
  }, [filterIndex]);
  const clickable = useMemo(() => new Set((countries?.countries ?? []).map((c) => c.code)), [countries]);

  // How a country looks now; read when its polygon is created, so it never shows unstyled.
  const styleOf = useMemo(() => {
    const breaks = mentionBreaks(Math.max(0, ...mentions.values()));
    return (shape: CountryShape) => {
      const selected = shape.code !== null && highlighted.has(shape.code);
      const cls = shape.code ? mentionClass(mentions.get(shape.code) ?? 0, breaks) : 0;
      const look = `${cls} ${selected} ${tilesShown}`;
      return { selected, look, style: countryStyle({ mentionClass: cls, selected, tilesShown }) };
    };
  }, [mentions, highlighted, tilesShown]);
  const latestStyleOf = useRef(styleOf);
  latestStyleOf.current = styleOf;

  // The shapes are added a slice at a time, so drawing some hundred countries never holds the
  // page in one long task; the map shows them as they come, already styled.
  useEffect(() => {
    const renderer = L.svg({ pane, padding: 0.5 });
    const group = L.layerGroup().addTo(map);
    let live = true;
    void mapInSlices(shapes, (shape) => {
      if (!live) return null;
      const polygon = L.polygon(latLngs(shape), {
        renderer,
        interactive: false,
        className: shape.code ? `cr-country cr-country-${shape.code}` : 'cr-country',
        ...latestStyleOf.current(shape).style,
      });
      group.addLayer(polygon);
      return { shape, polygon };
    }).then((next) => {
      if (live) setDrawn(next.filter((d): d is Drawn => d !== null));
    });
    return () => {
      live = false;
      group.remove();
    };
  }, [map, shapes, pane]);

  // A filter click restyles only the countries whose look it changed: setStyle writes eight
  // attributes on the path whether or not they differ.
  const looks = useRef(new WeakMap<L.Polygon, string>());
  useEffect(() => {
    for (const { shape, polygon } of drawn) {
      const { selected, look, style } = styleOf(shape);
      if (looks.current.get(polygon) === look) continue;
      looks.current.set(polygon, look);
      polygon.setStyle(style);
      if (selected) polygon.bringToFront();
    }
  }, [drawn, styleOf]);

  useEffect(() => {
    let popupOpen = false;
    let dismissing = false;
    const countryAt = (e: L.LeafletMouseEvent) => {
      const shape = shapeAt(e.latlng.lng, e.latlng.lat, shapes);
      return shape?.code && clickable.has(shape.code) ? shape.code : null;
    };
    const handlers = {
      popupopen: () => {
        popupOpen = true;
      },
      popupclose: () => {
        popupOpen = false;
      },
      preclick: () => {
        dismissing = popupOpen;
      },
      click: (e: L.LeafletMouseEvent) => {
        const code = countryAt(e);
        if (code && !dismissing) toggleCountry(code);
        dismissing = false;
      },
      mousemove: (e: L.LeafletMouseEvent) => {
        map.getContainer().style.cursor = countryAt(e) ? 'pointer' : '';
      },
    };
    map.on(handlers);
    return () => {
      map.off(handlers);
    };
  }, [map, shapes, clickable, toggleCountry]);

  return null;
}
