import { useId, useState } from 'react';
import { useStoreApi } from '../state/store';
import '../ui/controlRow.css';
import './download.css';

type Scope = 'shown' | 'all';

/**
 * Downloads the records as a Data Package: a CSV per record type with each record's source, and
 * datapackage.json describing every column. The export code loads on the first click.
 */
export function DownloadControl() {
  const id = useId();
  const store = useStoreApi();
  const [scope, setScope] = useState<Scope>('shown');
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus('Preparing the files…');
    try {
      const { exportFiles, saveFiles } = await import('./exportFromStore');
      const files = exportFiles(store.getState(), scope, new Date());
      saveFiles(files, scope === 'all' ? 'crossroads-all-' : 'crossroads-');
      setStatus(`Saved ${files.length} files: ${files.map((f) => f.name).join(', ')}.`);
    } catch (error) {
      setStatus(`The download failed: ${error instanceof Error ? error.message : String(error)}.`);
    }
  };
  return (
    <fieldset className="control-row">
      <legend>Download the data</legend>
      <label htmlFor={`${id}-scope`}>Records</label>
      <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
        <option value="shown">Shown by the filter and time range</option>
        <option value="all">All records</option>
      </select>
      <button type="button" onClick={() => void download()}>
        Download CSV and datapackage.json
      </button>
      <span className="muted download-status" role="status">
        {status}
      </span>
    </fieldset>
  );
}
