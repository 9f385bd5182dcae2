import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/use-i18n';
import { openDatasetFile } from './open-dataset-file';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/** Dropping a file anywhere on the page opens it; while a file is dragged over, the page says so. */
export function DropZone() {
  const i18n = useI18n();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter/dragleave fire for every child element; a count tells when the pointer really left.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth++;
      setDragging(true);
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent) => {
      if (carriesFiles(event)) event.preventDefault(); // allows the drop
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault(); // the browser would otherwise navigate to the file
      depth = 0;
      setDragging(false);
      const file = event.dataTransfer?.files[0];
      if (file) void openDatasetFile(file);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, []);

  return dragging ? (
    <div className="drop-zone" aria-hidden="true">
      <p>{i18n._('Drop a CSV, TimelineJS or timeline JSON file to open it here. It stays in your browser.')}</p>
    </div>
  ) : null;
}
