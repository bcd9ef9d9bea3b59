import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type ReportUi, reportUi } from '../lib/report/strings';

/** The report page's strings (the UI strings with the page's own joined in), provided once by the page; English when nothing provides them. */
export const ReportUiContext = createContext<ReportUi>(reportUi);

/** Returns the report page's strings in the UI language the page chose. */
export function useReportUi(): ReportUi {
  return useContext(ReportUiContext);
}
