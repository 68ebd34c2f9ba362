import { THESIS_MIN_WEEKS, THESIS_WEEKS, type Thesis, type WeekGroup } from '../insights/posting-weeks';
import type { SiteId } from '../sites/types';
import { formatChange, formatCount, tForSite } from '../ui/format';
import { t } from '../ui/i18n';

/** Weeks with posts against weeks without: one sentence, and the two means side by side. */
export function PostingWeeks({ thesis, site }: { thesis: Thesis; site: SiteId }) {
  return (
    <section class="card" aria-labelledby="weeks-heading" data-testid="posting-weeks">
      <h2 id="weeks-heading">{t('postingWeeksHeading')}</h2>
      {thesis.known ? <Known thesis={thesis} site={site} /> : <Missing thesis={thesis} site={site} />}
    </section>
  );
}

function Known({ thesis, site }: { thesis: Extract<Thesis, { known: true }>; site: SiteId }) {
  const { withPosts, withoutPosts, verdict } = thesis;
  const margin = Math.max(withPosts.margin, withoutPosts.margin);
  const gain = (g: WeekGroup) => formatChange(Math.round(g.meanGain * 10) / 10);
  return (
    <>
      <p data-testid="posting-weeks-sentence">
        {tForSite(site, 'postingWeeksSentence', [gain(withPosts), gain(withoutPosts), formatCount(withPosts.weeks), formatCount(withoutPosts.weeks), formatCount(THESIS_WEEKS)])}{' '}
        {t(`postingWeeksVerdict_${verdict.replaceAll('-', '_')}`)}
      </p>
      {margin > 0 && <p class="muted small">{t('postingWeeksRounded', formatCount(Math.round(margin)))}</p>}
      <PairedBars withPosts={withPosts} withoutPosts={withoutPosts} />
    </>
  );
}

/** Two bars from a shared zero line: gains go right, losses left. */
function PairedBars({ withPosts, withoutPosts }: { withPosts: WeekGroup; withoutPosts: WeekGroup }) {
  const largest = Math.max(Math.abs(withPosts.meanGain), Math.abs(withoutPosts.meanGain), 1);
  const bar = (label: string, group: WeekGroup, kind: string) => {
    const share = (Math.abs(group.meanGain) / largest) * 50;
    return (
      <div class={`paired-row ${kind}`}>
        <span class="paired-label">{label}</span>
        <span class="paired-track" aria-hidden="true">
          <span class="paired-bar" style={{ width: `${share}%`, [group.meanGain < 0 ? 'right' : 'left']: '50%' }} />
        </span>
        <span class="paired-value">{formatChange(Math.round(group.meanGain * 10) / 10)}</span>
      </div>
    );
  };
  return (
    <div class="paired-chart" data-testid="posting-weeks-chart">
      {bar(t('postingWeeksWith'), withPosts, 'with-posts')}
      {bar(t('postingWeeksWithout'), withoutPosts, 'without-posts')}
    </div>
  );
}

/** Not enough yet: say what is missing, in the admin's terms. */
function Missing({ thesis, site }: { thesis: Extract<Thesis, { known: false }>; site: SiteId }) {
  return (
    <>
      <p data-testid="posting-weeks-sentence">
        {t('postingWeeksNotYet', [formatCount(THESIS_MIN_WEEKS), formatCount(thesis.weeksWithPosts), formatCount(thesis.weeksWithoutPosts)])}
      </p>
      {thesis.noFollowers && <p class="muted small">{tForSite(site, 'postingWeeksNoFollowers')}</p>}
      {thesis.noPosts && <p class="muted small">{t('postingWeeksNoPosts')}</p>}
      {thesis.unbracketed !== undefined && <p class="muted small">{t('postingWeeksSparse', formatCount(thesis.unbracketed))}</p>}
    </>
  );
}
