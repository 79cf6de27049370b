import { useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/errorMessage';
import { useShell } from '../../app/shellQuery';
import { useSession } from '../../auth/SessionContext';
import { PageTitle } from '../../components/PageTitle';
import { Loading } from '../../components/Status';
import { formatDate, formatDateTime } from '../../i18n/format';
import { useTranslation } from '../../i18n/useTranslation';
import { fetchExport, saveBlob } from '../exports/download';
import { ExportFailure } from '../exports/exportRequest';
import {
  countOutcomes,
  preselected,
  rowKey,
  uploadWorkbook,
  workbookPath,
  type ImportPreview,
  type ImportResult,
  type ImportRow,
} from './importRequest';
import { useApplyImport } from './api';
import { RowsTable, rowLabel } from './RowsTable';
import './import.css';

/**
 * "Update from a spreadsheet" (issue 13), for coordinators, owning bodies and national
 * contacts: download the editable workbook, upload it filled in, see what each row would do
 * (changed, invalid, in conflict), choose the changes to apply (every changed row is chosen,
 * nothing in conflict can be), apply them, and read the result row by row. Every write is the
 * API's own (the server applies each row as updateAction or submitMemberStateReport).
 */
type Step =
  | { phase: 'idle' }
  | { phase: 'reading' }
  | { phase: 'preview'; preview: ImportPreview }
  | { phase: 'applying'; preview: ImportPreview }
  | { phase: 'result'; preview: ImportPreview; result: ImportResult };

export default function ImportPage() {
  const { t, language } = useTranslation('import');
  const common = useTranslation();
  const shell = useShell();
  const { state: session, signOut } = useSession();
  const applyRows = useApplyImport(session.token);
  const [downloadStatus, setDownloadStatus] = useState<{ kind: 'running' | 'done' | 'failed'; text: string } | null>(null);
  const [step, setStep] = useState<Step>({ phase: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const fileInput = useRef<HTMLInputElement>(null);
  const fileId = useId();
  const previewHeadingId = useId();
  const resultHeadingId = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  const me = shell.data?.me;
  const token = session.token;

  function failed(error: unknown, fallback: string): string {
    if (error instanceof ExportFailure && error.code === 'UNAUTHENTICATED') signOut('expired');
    return errorMessage(error, fallback);
  }

  async function download() {
    setDownloadStatus({ kind: 'running', text: t('download.running') });
    try {
      const file = await fetchExport(workbookPath(language), { token, fallbackName: 'workbook.xlsx' });
      saveBlob(file.blob, file.fileName);
      setDownloadStatus({ kind: 'done', text: t('download.done', { file: file.fileName }) });
    } catch (error) {
      setDownloadStatus({ kind: 'failed', text: t('download.failed', { message: failed(error, t('fallbackError')) }) });
    }
  }

  async function upload(event: FormEvent) {
    event.preventDefault();
    const file = fileInput.current?.files?.[0];
    setFailure(null);
    if (!file) {
      setFailure(t('upload.choose'));
      fileInput.current?.focus();
      return;
    }
    setStep({ phase: 'reading' });
    try {
      const preview = await uploadWorkbook(file, { token });
      setSelected(preselected(preview.rows));
      setStep({ phase: 'preview', preview });
      requestAnimationFrame(() => previewHeading.current?.focus());
    } catch (error) {
      setStep({ phase: 'idle' });
      setFailure(t('upload.failed', { message: failed(error, t('fallbackError')) }));
    }
  }

  async function apply(preview: ImportPreview) {
    setFailure(null);
    setStep({ phase: 'applying', preview });
    try {
      // Once applied, every page that shows an action or a report reads it again (api.ts).
      const result = await applyRows(preview.id, [...selected]);
      setStep({ phase: 'result', preview, result });
      requestAnimationFrame(() => resultHeading.current?.focus());
    } catch (error) {
      setStep({ phase: 'preview', preview });
      setFailure(t('preview.failed', { message: failed(error, t('fallbackError')) }));
    }
  }

  function toggle(key: string, on: boolean) {
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  }

  const value = (row: ImportRow<string>, field: string, raw: unknown): string => {
    if (raw === null || raw === undefined || raw === '' || (Array.isArray(raw) && raw.length === 0)) return t('empty');
    if (field === 'status' && typeof raw === 'string') return common.t(`${row.country ? 'reportStatus' : 'status'}.${raw}`, { defaultValue: raw });
    if (Array.isArray(raw)) return raw.join(', ');
    return String(raw);
  };

  function details(row: ImportRow<string>) {
    return (
      <>
        {row.changes && row.changes.length > 0 && (
          <ul className="import-changes">
            {row.changes.map((change) => (
              <li key={change.field}>
                <span className="import-changes__field">{t(`field.${change.field}`, { defaultValue: change.field })}</span> ({change.cell}):{' '}
                <del>{value(row, change.field, change.before)}</del> → <ins>{value(row, change.field, change.after)}</ins>
              </li>
            ))}
          </ul>
        )}
        {row.effectiveOn && <p className="small">{t('preview.effectiveOn', { date: formatDate(row.effectiveOn, language, 'long') })}</p>}
        {row.problems?.map((problem) => (
          <p key={`${problem.cell}${problem.message}`} className="import-problem">
            {t('preview.problem', { cell: problem.cell, message: problem.message })}
          </p>
        ))}
        {row.outcome === 'CONFLICT' && row.conflict && (
          <>
            {row.conflict.saves.map((save) => (
              <p key={save.at} className="import-problem">
                {t('preview.conflictBy', {
                  by: save.by,
                  at: formatDateTime(save.at, language),
                  fields: save.fields.map((field) => t(`field.${field}`, { defaultValue: field })).join(', '),
                })}
              </p>
            ))}
            <p className="small">{t('preview.conflictHint')}</p>
          </>
        )}
        {row.reason && row.outcome !== 'APPLIED' && (
          <p className={row.outcome === 'FAILED' ? 'import-problem' : 'small'}>{t(`result.reason.${row.reason}`, { defaultValue: row.reason })}</p>
        )}
      </>
    );
  }

  if (shell.isPending) return <Loading>{t('loading')}</Loading>;
  const allowed = me && me.role !== 'VIEWER';

  const preview = step.phase === 'preview' || step.phase === 'applying' || step.phase === 'result' ? step.preview : null;
  const shown = preview?.rows.filter((row) => row.outcome !== 'UNCHANGED') ?? [];
  const counts = preview ? countOutcomes(preview.rows) : {};
  const selectable = shown.filter((row) => row.outcome === 'CHANGED');
  const chosen = selectable.filter((row) => selected.has(rowKey(row))).length;
  const result = step.phase === 'result' ? step.result : null;
  const resultPreview = step.phase === 'result' ? step.preview : null;
  const resultCounts = result ? countOutcomes(result.rows) : {};

  return (
    <>
      <PageTitle>{t('title')}</PageTitle>
      <h1>{t('title')}</h1>
      {!allowed ? (
        <p>{t('notAllowed')}</p>
      ) : (
        <>
          <p>{t(me.role === 'MEMBER_STATE' ? 'leadContact' : 'lead')}</p>

          <section className="import-step" aria-labelledby={`${fileId}-download`}>
            <h2 id={`${fileId}-download`}>{t('download.heading')}</h2>
            <p className="small">{t('download.text')}</p>
            <button
              type="button"
              className="button button--secondary"
              aria-disabled={downloadStatus?.kind === 'running'}
              onClick={() => void download()}
            >
              {t('download.button')}
            </button>
            <p role="status" className="small">
              {downloadStatus?.kind !== 'failed' ? downloadStatus?.text : null}
            </p>
            {downloadStatus?.kind === 'failed' && (
              <p role="alert" className="import-problem">
                {downloadStatus.text}
              </p>
            )}
          </section>

          <section className="import-step" aria-labelledby={`${fileId}-upload`}>
            <h2 id={`${fileId}-upload`}>{t('upload.heading')}</h2>
            <form onSubmit={(event) => void upload(event)} noValidate>
              <label htmlFor={fileId} className="import-label">
                {t('upload.label')}
              </label>
              <input
                id={fileId}
                ref={fileInput}
                type="file"
                accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={`${fileId}-hint`}
              />
              <p id={`${fileId}-hint`} className="small">
                {t('upload.hint')}
              </p>
              <button type="submit" className="button" aria-disabled={step.phase === 'reading' || step.phase === 'applying'}>
                {t('upload.button')}
              </button>
            </form>
            <p role="status" className="small">
              {step.phase === 'reading' ? t('upload.running') : step.phase === 'applying' ? t('preview.applying') : ''}
            </p>
            {failure && (
              <p role="alert" className="import-problem">
                {failure}
              </p>
            )}
          </section>

          {preview && (
            <section className="import-step" aria-labelledby={previewHeadingId}>
              <h2 id={previewHeadingId} ref={previewHeading} tabIndex={-1}>
                {t('preview.heading')}
              </h2>
              <p>
                {t('preview.summary', {
                  changed: counts.CHANGED ?? 0,
                  invalid: counts.INVALID ?? 0,
                  conflict: counts.CONFLICT ?? 0,
                  unchanged: counts.UNCHANGED ?? 0,
                })}
              </p>
              {shown.length === 0 ? (
                <p>{t('preview.none')}</p>
              ) : (
                <RowsTable
                  captionId={`${previewHeadingId}-caption`}
                  caption={t('preview.caption')}
                  rows={shown}
                  outcome={(row) => t(`outcome.${row.outcome}`)}
                  details={details}
                  choice={(row) =>
                    row.outcome === 'CHANGED' ? (
                      <input
                        type="checkbox"
                        checked={selected.has(rowKey(row))}
                        disabled={step.phase !== 'preview'}
                        aria-label={t('preview.select', { action: rowLabel(row), row: row.row })}
                        onChange={(event) => toggle(rowKey(row), event.target.checked)}
                      />
                    ) : (
                      <span className="small">{t('preview.notSelectable')}</span>
                    )
                  }
                />
              )}
              {step.phase !== 'result' && selectable.length > 0 && (
                <button
                  type="button"
                  className="button"
                  aria-disabled={chosen === 0 || step.phase === 'applying'}
                  onClick={() => chosen > 0 && step.phase === 'preview' && void apply(preview)}
                >
                  {t('preview.apply', { count: chosen })}
                </button>
              )}
            </section>
          )}

          {result && (
            <section className="import-step" aria-labelledby={resultHeadingId}>
              <h2 id={resultHeadingId} ref={resultHeading} tabIndex={-1}>
                {t('result.heading')}
              </h2>
              <p role="status">
                {result.repeated
                  ? t('result.repeated')
                  : t('result.summary', { applied: resultCounts.APPLIED ?? 0, failed: resultCounts.FAILED ?? 0, skipped: resultCounts.SKIPPED ?? 0 })}
              </p>
              {result.rows.some((row) => row.reason === 'NOT_REACHED') && (
                <>
                  <p>{t('result.notReached')}</p>
                  <button type="button" className="button" onClick={() => resultPreview && void apply(resultPreview)}>
                    {t('result.goOn')}
                  </button>
                </>
              )}
              <RowsTable
                captionId={`${resultHeadingId}-caption`}
                caption={t('result.caption')}
                rows={result.rows.filter((row) => row.reason !== 'UNCHANGED')}
                outcome={(row) => t(`result.outcome.${row.outcome}`)}
                details={details}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
