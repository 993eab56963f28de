import type { DirectoryAnswer } from '../../app/directory/index.ts';
import type { PageContext } from '../components/context.ts';
import type { FormErrors } from '../components/form.tsx';
import { Layout } from '../components/layout.tsx';
import { MatterCard } from './matter-card.tsx';
import { ResultsHeading, ResultsRegion, SearchForm } from './search-form.tsx';

export const DIRECTORY_PATH = '/gdzie-zalatwie';
export const DIRECTORY_FRAGMENT_PATH = '/gdzie-zalatwie/wyniki';

export interface DirectoryPageProps {
  ctx: PageContext;
  answer: DirectoryAnswer;
  errors: FormErrors;
  /** The office's phone, for "ask us" when nothing fits. */
  phone: string;
}

/** The results of a public search: the heading and the matters (the page's part the client script replaces). */
export function PublicResults({ ctx, answer, phone }: Omit<DirectoryPageProps, 'errors'>) {
  return (
    <>
      <ResultsHeading ctx={ctx} answer={answer} phone={phone} />
      {answer.matters.length > 0 && (
        <ol class="matters">
          {answer.matters.map((matter) => (
            <MatterCard key={matter.id} ctx={ctx} matter={matter} />
          ))}
        </ol>
      )}
    </>
  );
}

/** /gdzie-zalatwie: "Gdzie załatwię sprawę?" for residents, no login. */
export function DirectoryPage({ ctx, answer, errors, phone }: DirectoryPageProps) {
  const title = answer.query === '' ? ctx.t('directory.title') : ctx.t('directory.titleWithQuery', { query: answer.query });
  return (
    <Layout ctx={ctx} title={title} hasErrors={Object.keys(errors).length > 0} scripts={['/static/js/directory.js']}>
      <h1>{ctx.t('directory.title')}</h1>
      <p class="lead">{ctx.t('directory.lead')}</p>
      <SearchForm ctx={ctx} action={DIRECTORY_PATH} fragment={DIRECTORY_FRAGMENT_PATH} query={answer.query} errors={errors} />
      <ResultsRegion>
        <PublicResults ctx={ctx} answer={answer} phone={phone} />
      </ResultsRegion>
    </Layout>
  );
}
