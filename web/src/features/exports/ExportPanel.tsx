import { Suspense, useId, useRef, useState } from 'react';
import { useSession } from '../../auth/SessionContext';
import { errorMessage } from '../../api/errorMessage';
import { formatDate, formatPercent } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { fetchExport, saveBlob, shareDone, type DownloadProgress } from './download';
import {
  EXPORT_DATASETS,
  EXPORT_FORMATS,
  ExportFailure,
  exportPath,
  fallbackFileName,
  type ExportDataset,
  type ExportFormat,
  type ExportScope,
} from './exportRequest';
import './exports.css';

export type { ExportDataset, ExportFormat, ExportScope } from './exportRequest';

export interface ExportPanelProps {
  /** Which files to offer, in this order: actions, member-state reports and history by default. */
  datasets?: readonly ExportDataset[];
  /** The day the files are drawn for and the history's period (days included); see ExportScope. */
  scope?: ExportScope;
  /** The level of the panel's heading, to fit the host page's outline: 2 by default. */
  headingLevel?: 2 | 3;
}

/**
 * CSV and XLSX downloads of the actions, the member-state reports and the history, from
 * GET /export/<name>.<format> with the session's bearer token. Its text is in the `exports`
 * namespace, which it loads itself (the panel shows once the text has arrived).
 */
export function ExportPanel(props: ExportPanelProps) {
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}

type DownloadState =
  | { phase: 'idle' }
  | { phase: 'running'; dataset: ExportDataset; format: ExportFormat; progress: DownloadProgress | null }
  | { phase: 'done'; fileName: string }
  | { phase: 'failed'; dataset: ExportDataset; format: ExportFormat; message: string };

const FORMAT_NAMES: Record<ExportFormat, string> = { csv: 'CSV', xlsx: 'XLSX' };

function Panel({ datasets = EXPORT_DATASETS, scope = {}, headingLevel = 2 }: ExportPanelProps) {
  const { t, language } = useTranslation('exports');
  const { state: session, signOut } = useSession();
  const [download, setDownload] = useState<DownloadState>({ phase: 'idle' });
  const running = useRef(false);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const date = (day: string) => formatDate(day, language, 'long');

  async function start(dataset: ExportDataset, format: ExportFormat) {
    if (running.current) return;
    running.current = true;
    setDownload({ phase: 'running', dataset, format, progress: null });
    try {
      const file = await fetchExport(exportPath(dataset, format, { ...scope, language }), {
        token: session.token,
        fallbackName: fallbackFileName(dataset, format),
        onProgress: (progress) => setDownload({ phase: 'running', dataset, format, progress }),
      });
      saveBlob(file.blob, file.fileName);
      setDownload({ phase: 'done', fileName: file.fileName });
    } catch (error) {
      if (error instanceof ExportFailure && error.code === 'UNAUTHENTICATED') {
        signOut('expired');
        return;
      }
      setDownload({ phase: 'failed', dataset, format, message: errorMessage(error, t('fallbackError')) });
    } finally {
      running.current = false;
    }
  }

  function scopeText(dataset: ExportDataset): string {
    if (dataset !== 'history') return scope.asOf ? t(`dataset.${dataset}.scope`, { date: date(scope.asOf) }) : t(`dataset.${dataset}.scopeToday`);
    const { historyFrom: from, historyTo: to } = scope;
    if (from && to) return t('dataset.history.range', { from: date(from), to: date(to) });
    if (from) return t('dataset.history.since', { from: date(from) });
    if (to ?? scope.asOf) return t('dataset.history.until', { to: date((to ?? scope.asOf)!) });
    return t('dataset.history.all');
  }

  const share = download.phase === 'running' ? shareDone(download.progress) : null;
  return (
    <section className="export-panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="export-panel__title">
        {t('heading')}
      </Heading>
      <p className="small">{t('lead')}</p>
      <ul className="export-panel__list">
        {datasets.map((dataset) => (
          <li key={dataset} className="export-panel__item">
            <div className="export-panel__what">
              <span className="export-panel__name">{t(`dataset.${dataset}.name`)}</span>
              <span className="small">{scopeText(dataset)}</span>
            </div>
            <div className="export-panel__buttons">
              {EXPORT_FORMATS.map((format) => (
                <button
                  key={format}
                  type="button"
                  className="button button--secondary"
                  aria-label={t('button', { dataset: t(`dataset.${dataset}.object`), format: FORMAT_NAMES[format] })}
                  aria-disabled={download.phase === 'running'}
                  onClick={() => void start(dataset, format)}
                >
                  {FORMAT_NAMES[format]}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>
      <div role="status" className="export-panel__status">
        {download.phase === 'running' && (
          <>
            <span>
              {t(share === null ? 'running' : 'runningShare', {
                dataset: t(`dataset.${download.dataset}.object`),
                format: FORMAT_NAMES[download.format],
                percent: share === null ? '' : formatPercent(share * 100, language, 0),
              })}
            </span>{' '}
            <progress className="export-panel__progress" aria-hidden="true" {...(share === null ? {} : { value: share, max: 1 })} />
          </>
        )}
        {download.phase === 'done' && t('done', { file: download.fileName })}
      </div>
      {download.phase === 'failed' && (
        <p role="alert" className="message message--error">
          {t('failed', { dataset: t(`dataset.${download.dataset}.object`), format: FORMAT_NAMES[download.format], message: download.message })}
        </p>
      )}
    </section>
  );
}
