import { createContext, type ReactNode, useContext } from 'react';
import { useParams } from 'react-router';

const ExportScopeContext = createContext<readonly string[]>([]);

/**
 * What the data of a page is narrowed to, in words, for the names of its exported files: the shared filters on a
 * filtered page, an engagement's code on its page. `replace` drops the words of the pages around (an engagement's
 * page does not apply the type or vendor filters).
 */
export function ExportScope({
  words,
  replace = false,
  children,
}: {
  words: readonly string[];
  replace?: boolean;
  children: ReactNode;
}) {
  const outer = useContext(ExportScopeContext);
  return <ExportScopeContext value={replace ? words : [...outer, ...words]}>{children}</ExportScopeContext>;
}

/** The words of the exports of this part of the page. */
export const useExportScope = () => useContext(ExportScopeContext);

/**
 * The export scope of a detail page from its address: `/engagements/:code` names its files after the engagement
 * (and drops the filters it does not apply), `/vendors/:name` adds the vendor to the filters.
 */
export function ExportScopeOfPage({
  params,
  replace = false,
  children,
}: {
  params: readonly string[];
  replace?: boolean;
  children: ReactNode;
}) {
  const values = useParams();
  const words = params.flatMap((param) => values[param] ?? []);
  return (
    <ExportScope words={words} replace={replace}>
      {children}
    </ExportScope>
  );
}
