import type { TFunction } from 'i18next';
import { HEALTH_COLOURS, STATUS_COLOURS } from '../../components/palette';
import { LoadError, Loading } from '../../components/Status';
import { formatDate, formatNumber, formatPercent, withColon } from '../../i18n/format';
import { countryName } from '../../i18n/names';
import { useTranslation } from '../../i18n/useTranslation';
import type { ChangesSlide, CountryShare, CoverageSlide, NotableChange, OverviewSlide, PrioritySlide, Slide, TitleSlide } from './slides';

/** The id of the slide's heading, which names the slide region. */
export const SLIDE_HEADING_ID = 'slide-heading';

interface ChangesState {
  error: unknown;
  retry: () => void;
}

/**
 * The heading of a slide in words, for the tab's title and the screen-reader announcement: the
 * interface's words, and the strategy's own (English) where the slide is about its text.
 */
export function slideTitleParts(slide: Slide, t: TFunction, language: string): { local: string | null; english: string | null } {
  switch (slide.kind) {
    case 'title':
      return { local: null, english: slide.title };
    case 'overview':
      return { local: t('overview.heading'), english: null };
    case 'priority':
      return { local: withColon(t('priority.announceTitle', { id: slide.priority }), language), english: slide.label };
    case 'coverage':
      return { local: t('coverage.heading'), english: null };
    case 'changes':
      return { local: t('changes.heading'), english: null };
  }
}

/** The heading of a slide as one line of text, for the tab's title. */
export function slideTitle(slide: Slide, t: TFunction, language: string): string {
  const { local, english } = slideTitleParts(slide, t, language);
  return [local, english].filter(Boolean).join(' ');
}

export function SlideView({ slide, changes }: { slide: Slide; changes: ChangesState }) {
  switch (slide.kind) {
    case 'title':
      return <CoverSlideView slide={slide} />;
    case 'overview':
      return <OverviewSlideView slide={slide} />;
    case 'priority':
      return <PrioritySlideView slide={slide} />;
    case 'coverage':
      return <CoverageSlideView slide={slide} />;
    case 'changes':
      return <ChangesSlideView slide={slide} changes={changes} />;
  }
}

function CoverSlideView({ slide }: { slide: TitleSlide }) {
  const { t, language } = useTranslation('presentation');
  const days = slide.daysToReview;
  const review = formatDate(slide.reviewDate, language, 'long');
  return (
    <>
      <p className="slide__kicker" lang="en">
        {slide.reference}
      </p>
      <h1 id={SLIDE_HEADING_ID} className="slide__heading slide__heading--cover" lang="en">
        {slide.title}
      </h1>
      {slide.snapshotName && <p className="slide__text">{t('cover.snapshot', { name: slide.snapshotName })}</p>}
      {slide.review === 'on' ? (
        <p className="slide__text slide__text--strong">{t('cover.asOfReview', { date: review })}</p>
      ) : (
        <p className="slide__text">{t('cover.asOf', { date: formatDate(slide.asOf, language, 'long') })}</p>
      )}
      {slide.review === 'before' ? (
        <>
          <p className="slide__figure-line">
            <span className="slide__big">{formatNumber(days, language)}</span> <span>{t('cover.daysToReview', { count: days })}</span>
          </p>
          <p className="slide__text">{t('cover.reviewOn', { date: review })}</p>
        </>
      ) : slide.review === 'after' ? (
        // Past the conference a day count reads as nonsense ("4,685 days since"): say when it took place.
        <p className="slide__text">{t('cover.reviewHeld', { date: review })}</p>
      ) : null}
    </>
  );
}

function OverviewSlideView({ slide }: { slide: OverviewSlide }) {
  const { t, language } = useTranslation('presentation');
  const number = (value: number) => formatNumber(value, language);
  const figures = [
    { key: 'actions', label: t('overview.actions'), value: number(slide.actions) },
    {
      key: 'completed',
      label: t('status.COMPLETED', { ns: 'common' }),
      value: formatPercent(slide.percentCompleted, language),
      detail: t('overview.completedDetail', { completed: number(slide.completed), total: number(slide.actions) }),
    },
    { key: 'overdue', label: t('health.OVERDUE', { ns: 'common' }), value: number(slide.overdue) },
    { key: 'atRisk', label: t('health.AT_RISK', { ns: 'common' }), value: number(slide.atRisk) },
  ];
  return (
    <>
      <p className="slide__kicker">{t('cover.asOf', { date: formatDate(slide.asOf, language, 'long') })}</p>
      <h1 id={SLIDE_HEADING_ID} className="slide__heading">
        {t('overview.heading')}
      </h1>
      <dl className="slide-figures">
        {figures.map((figure) => (
          <div key={figure.key} className="slide-figures__item" data-figure={figure.key}>
            <dt className="slide-figures__label">{figure.label}</dt>
            <dd className="slide-figures__value">{figure.value}</dd>
            {figure.detail && <dd className="slide-figures__detail">{figure.detail}</dd>}
          </div>
        ))}
      </dl>
    </>
  );
}

function PrioritySlideView({ slide }: { slide: PrioritySlide }) {
  const { t, language } = useTranslation('presentation');
  const common = useTranslation().t;
  const number = (value: number) => formatNumber(value, language);
  return (
    <>
      <p className="slide__kicker">{t('priority.kicker', { id: slide.priority })}</p>
      <h1 id={SLIDE_HEADING_ID} className="slide__heading" lang="en">
        {slide.label}
      </h1>
      <p className="slide__figure-line">
        <span className="slide__big">{formatPercent(slide.percentCompleted, language)}</span>{' '}
        <span>{t('priority.completed', { completed: number(slide.completed), total: number(slide.total) })}</span>
      </p>
      {slide.bars.length === 0 ? (
        <p className="slide__text">{t('priority.empty')}</p>
      ) : (
        <table className="slide-bars">
          <caption className="visually-hidden">{t('priority.caption', { id: slide.priority })}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('priority.status')}</th>
              <th scope="col">{t('priority.actions')}</th>
              <th scope="col">{t('priority.share')}</th>
            </tr>
          </thead>
          <tbody>
            {slide.bars.map((bar) => (
              <tr key={bar.status}>
                <th scope="row" className="slide-bars__label">
                  {common(`status.${bar.status}`)}
                </th>
                <td className="slide-bars__count">{number(bar.count)}</td>
                <td className="slide-bars__share">
                  <span className="slide-bars__track" aria-hidden="true">
                    <span className="slide-bars__bar" style={{ width: `${bar.percent}%`, background: STATUS_COLOURS[bar.status] }} />
                  </span>
                  <span className="slide-bars__percent">{formatPercent(bar.percent, language)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {slide.health.length > 0 && (
        <div className="slide-health">
          <h2 className="slide-health__title">{t('priority.health')}</h2>
          <ul className="slide-health__list">
            {slide.health.map((slice) => (
              <li key={slice.health} className="slide-health__item">
                <span className="slide-health__swatch" aria-hidden="true" style={{ background: HEALTH_COLOURS[slice.health] }} />
                {withColon(common(`health.${slice.health}`), language)} <strong>{number(slice.count)}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}

function CoverageSlideView({ slide }: { slide: CoverageSlide }) {
  const { t, language } = useTranslation('presentation');
  const number = (value: number) => formatNumber(value, language);
  const shareList = (title: string, shares: CountryShare[]) => (
    <div className="slide-columns__column">
      <h2 className="slide__subheading">{title}</h2>
      <ol className="slide-list">
        {shares.map((share) => (
          <li key={share.country}>
            <strong>{countryName(share.country, language, share.name)}</strong>{' '}
            {t('coverage.share', {
              percent: formatPercent(share.percent, language),
              reported: number(share.reported),
              expected: number(share.expected),
            })}
          </li>
        ))}
      </ol>
    </div>
  );
  return (
    <>
      {slide.roundName && <p className="slide__kicker">{t('coverage.round', { name: slide.roundName })}</p>}
      <h1 id={SLIDE_HEADING_ID} className="slide__heading">
        {t('coverage.heading')}
      </h1>
      {slide.roundName === null ? (
        <p className="slide__text">{t('coverage.noRound')}</p>
      ) : (
        <>
          <p className="slide__figure-line">
            <span className="slide__big">{formatPercent(slide.percentReported, language)}</span>{' '}
            <span>{t('coverage.reported', { reported: number(slide.reported), expected: number(slide.expected) })}</span>
          </p>
          <p className="slide__text slide__text--strong">
            {t('coverage.countries', { reported: number(slide.countriesReported), expected: number(slide.countriesExpected) })}
          </p>
          <div className="slide-columns">
            {slide.lowest.length > 0
              ? shareList(t('coverage.lowest'), slide.lowest)
              : slide.silent > 0 && (
                  <div className="slide-columns__column">
                    <h2 className="slide__subheading">{t('coverage.notReported')}</h2>
                    <p className="slide__text">{t('coverage.silent', { number: number(slide.silent) })}</p>
                  </div>
                )}
            {slide.highest.length > 0 && shareList(t('coverage.highest'), slide.highest)}
          </div>
        </>
      )}
    </>
  );
}

function ChangesSlideView({ slide, changes }: { slide: ChangesSlide; changes: ChangesState }) {
  const { t, language } = useTranslation('presentation');
  const number = (value: number) => formatNumber(value, language);
  const summary = slide.summary;
  return (
    <>
      <p className="slide__kicker">{t('changes.period', { from: formatDate(slide.from, language), to: formatDate(slide.lastDay, language) })}</p>
      <h1 id={SLIDE_HEADING_ID} className="slide__heading">
        {t('changes.heading')}
      </h1>
      {summary === null ? (
        changes.error ? (
          <LoadError what={t('changes.what')} error={changes.error} onRetry={changes.retry} />
        ) : (
          <Loading>{t('changes.loading')}</Loading>
        )
      ) : summary.total === 0 ? (
        <p className="slide__text">{t('changes.none')}</p>
      ) : (
        <>
          <p className="slide__figure-line">
            <span className="slide__big">{number(summary.total)}</span> <span>{t('changes.total', { count: summary.total })}</span>
          </p>
          {!summary.complete && <p className="slide__text">{t('changes.incomplete')}</p>}
          <div className="slide-columns">
            <div className="slide-columns__column">
              <h2 className="visually-hidden">{t('changes.countsLabel')}</h2>
              <dl className="slide-counts">
                {summary.counts.map(({ kind, count }) => (
                  <div key={kind} className="slide-counts__item">
                    <dt>{t(`changes.count.${kind}`)}</dt>
                    <dd className="slide-counts__value">{number(count)}</dd>
                  </div>
                ))}
              </dl>
            </div>
            {summary.notable.length > 0 && (
              <div className="slide-columns__column">
                <h2 className="slide__subheading">{t('changes.notable')}</h2>
                <ul className="slide-list">
                  {summary.notable.map((change) => (
                    <li key={change.eventId}>
                      <ChangeSentence change={change} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        </>
      )}
    </>
  );
}

/** One change told in the chosen language from its structured fields. */
function ChangeSentence({ change }: { change: NotableChange }) {
  const { t, language } = useTranslation('presentation');
  const common = useTranslation().t;
  const status = (value: string | null) => (value ? common(`status.${value}`) : '');
  const date = (value: string | null) => (value ? formatDate(value, language) : '');
  const progress = (value: number | null) => formatPercent(value ?? 0, language, 0);
  const values = {
    ref: change.ref ?? '',
    country: change.country ? countryName(change.country, language) : '',
    status: change.reportStatus ? common(`reportStatus.${change.reportStatus}`) : '',
    ...(change.kind === 'status' && { from: status(change.fromStatus), to: status(change.toStatus) }),
    ...(change.kind === 'deadline' && { from: date(change.fromDeadline), to: date(change.toDeadline) }),
    ...(change.kind === 'progress' && { from: progress(change.fromProgress), to: progress(change.toProgress) }),
  };
  return <>{t(`changes.item.${change.kind}`, values)}</>;
}
