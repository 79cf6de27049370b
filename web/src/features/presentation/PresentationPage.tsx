import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { DemoBanner } from '../../components/DemoBanner';
import { Link, useSearchParams } from 'react-router';
import { HOME_PATH } from '../../app/paths';
import { PageTitle } from '../../components/PageTitle';
import { LoadError, Loading } from '../../components/Status';
import { useTranslation } from '../../i18n/useTranslation';
import { ConferenceStateNotice, useConferenceState } from '../report/conference';
import { SLIDE_HEADING_ID, SlideView, slideTitle, slideTitleParts } from './SlideView';
import { slideForKey, slideNumberOf, type Slide } from './slides';
import { useDeck } from './useDeck';
import './presentation.css';

/**
 * Presentation mode for the review conference: full-screen slides in large type, driven by
 * the keyboard (→ PageDown Space next, ← PageUp previous, Home End, F full screen) or by the
 * buttons on screen. The slide lives in the address (?slide=3) so a presenter can reload or
 * share it; ?snapshot=<id> presents a frozen snapshot, ?asOf= a past date (or "today"). With
 * neither, the slides open on the conference's state: the newest snapshot, else the review
 * date once past (report/conference.tsx), and say which, with today one click away.
 */
export default function PresentationPage() {
  const { t } = useTranslation('presentation');
  const conference = useConferenceState();
  const { state } = conference;
  const snapshotId = state?.kind === 'snapshot' ? state.id : null;
  const asOf = state?.kind === 'live' ? state.asOf : null;
  const deck = useDeck(state === null ? 'waiting' : snapshotId, asOf);
  const exitTo = asOf && !snapshotId ? `${HOME_PATH}?asOf=${asOf}` : HOME_PATH;

  if (deck.state === 'ready' && state) {
    const title = deck.slides[0]?.kind === 'title' ? deck.slides[0] : null;
    const notice = (
      <ConferenceStateNotice
        className="conference-state presentation__state"
        state={state}
        snapshot={deck.snapshot}
        asOf={title?.asOf ?? null}
        reviewDate={title?.reviewDate ?? conference.reviewDate}
      />
    );
    return <Deck slides={deck.slides} exitTo={exitTo} notice={notice} changes={{ error: deck.changesError, retry: deck.retryChanges }} />;
  }
  return (
    <div className="presentation">
      <DemoBanner />
      <PageTitle>{t('title')}</PageTitle>
      <main className="presentation__slide">
        {conference.error ? (
          <LoadError what={t('what')} error={conference.error} onRetry={conference.retry} />
        ) : deck.state === 'loading' || deck.state === 'ready' ? (
          <Loading>{t('loading')}</Loading>
        ) : deck.state === 'error' ? (
          <LoadError what={t('what')} error={deck.error} onRetry={deck.retry} />
        ) : (
          <p role="alert" className="slide__text">
            {t('snapshotMissing', { id: snapshotId })}
          </p>
        )}
      </main>
      <nav className="presentation__controls" aria-label={t('nav.label')}>
        <Link className="presentation__exit" to={exitTo}>
          {t('nav.exit')}
        </Link>
      </nav>
    </div>
  );
}

function toggleFullScreen(): void {
  // The browser may refuse (no user gesture, or full screen not allowed here): the slides work without it.
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen?.();
  void request?.catch(() => undefined);
}

function useFullScreen(): boolean {
  const [fullScreen, setFullScreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const changed = () => setFullScreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', changed);
    return () => document.removeEventListener('fullscreenchange', changed);
  }, []);
  return fullScreen;
}

interface DeckProps {
  slides: Slide[];
  exitTo: string;
  /** Which state the slides show, with today one click away. */
  notice: ReactNode;
  changes: { error: unknown; retry: () => void };
}

function Deck({ slides, exitTo, notice, changes }: DeckProps) {
  const { t, language } = useTranslation('presentation');
  const [searchParams, setSearchParams] = useSearchParams();
  const count = slides.length;
  const number = slideNumberOf(searchParams.get('slide'), count);
  const slide = slides[number - 1]!;
  const title = slideTitle(slide, t, language);
  const fullScreen = useFullScreen();

  const go = useCallback(
    (target: number) => {
      setSearchParams(
        (current) => {
          const next = new URLSearchParams(current);
          next.set('slide', String(target));
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target instanceof Element ? event.target : null;
      if (target?.closest('input, select, textarea, [contenteditable="true"]')) return;
      // Space and Enter on a focused button or link press it, as they should.
      if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a')) return;
      if (event.key === 'f' || event.key === 'F') {
        event.preventDefault();
        toggleFullScreen();
        return;
      }
      // The slide shown now, read from the address at the moment of the key: a key pressed
      // between a slide's render and this listener's renewal must not act on the slide before.
      const now = slideNumberOf(new URLSearchParams(window.location.search).get('slide'), count);
      const next = slideForKey(event.key, now, count);
      if (next === null) return;
      event.preventDefault();
      if (next !== now) go(next);
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [count, go]);

  const position = t('nav.position', { number, count });
  return (
    <div className={`presentation presentation--${slide.kind}`}>
      <DemoBanner />
      <PageTitle>{`${title} · ${t('title')}`}</PageTitle>
      <p role="status" className="visually-hidden">
        <SlideAnnouncement number={number} count={count} slide={slide} />
      </p>
      <main className="presentation__slide" aria-labelledby={SLIDE_HEADING_ID} key={slide.id}>
        <SlideView slide={slide} changes={changes} />
      </main>
      <nav className="presentation__controls" aria-label={t('nav.label')}>
        <button type="button" className="button button--secondary" onClick={() => go(number - 1)} disabled={number === 1}>
          <span aria-hidden="true">← </span>
          {t('nav.previous')}
        </button>
        <p className="presentation__position">
          <span aria-hidden="true">
            {number} / {count}
          </span>
          <span className="visually-hidden">{position}</span>
        </p>
        <button type="button" className="button button--secondary" onClick={() => go(number + 1)} disabled={number === count}>
          {t('nav.next')}
          <span aria-hidden="true"> →</span>
        </button>
        <p className="presentation__keys">{t('nav.keys')}</p>
        {notice}
        <button type="button" className="button button--secondary" aria-pressed={fullScreen} onClick={toggleFullScreen}>
          {t('nav.fullScreen')}
        </button>
        <Link className="presentation__exit" to={exitTo}>
          {t('nav.exit')}
        </Link>
      </nav>
    </div>
  );
}

const TITLE_SLOT = '\u0000title\u0000';

/** "Slide 3 of 9: …", the strategy's words in it marked as English so a French reader's voice reads them right. */
function SlideAnnouncement({ number, count, slide }: { number: number; count: number; slide: Slide }) {
  const { t, language } = useTranslation('presentation');
  const { local, english } = slideTitleParts(slide, t, language);
  const [before = '', after = ''] = t('announce', { number, count, title: TITLE_SLOT }).split(TITLE_SLOT);
  return (
    <>
      {before}
      {local}
      {local && english ? ' ' : ''}
      {english && <span lang="en">{english}</span>}
      {after}
    </>
  );
}
