import { useId, useState } from 'react';
import type { HeadModel } from '../domain/load-dataset';
import { useI18n } from '../i18n/use-i18n';
import { CoverageNote } from './coverage-note';

/**
 * The site's title and what it is about. On a phone the description and the
 * coverage note are folded behind an "About" button at the end of the title
 * (issue 20: the description never appeared there), so the first screen keeps
 * its five whole event titles; the button sits in the title's last line, so
 * folded, the header is no taller than without it.
 */
export function SiteTitles({ model, narrow }: { model: HeadModel; narrow: boolean }) {
  const i18n = useI18n();
  const [open, setOpen] = useState(false);
  const titleId = useId();
  const aboutId = useId();
  return (
    <div className={`titles${narrow && open ? ' is-about-open' : ''}`}>
      <h1 aria-labelledby={titleId}>
        <span id={titleId}>{model.title}</span>
        {narrow ? (
          <>
            {' '}
            <button type="button" className="about-toggle" aria-expanded={open} aria-controls={aboutId} onClick={() => setOpen(!open)}>
              {i18n._('About')}
            </button>
          </>
        ) : null}
      </h1>
      <div id={aboutId} className="about">
        <p className="description">{model.description}</p>
        <CoverageNote model={model} base={import.meta.env.BASE_URL} />
      </div>
    </div>
  );
}
