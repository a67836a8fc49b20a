/** The impartiality report through its contract: conflicts found, appointments refused, hard rules overridden. */
import { keepPreviousData } from '@tanstack/react-query';
import { impartiality } from '../../../../../contracts/impartiality';
import { useApiQuery } from '../../../lib/api-query';

export function useImpartialityFindings(campaignId: string | undefined) {
  return useApiQuery(
    impartiality.findings,
    { query: campaignId ? { campaignId } : {} },
    { placeholderData: keepPreviousData, select: (answer) => answer.items },
  );
}
