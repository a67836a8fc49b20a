/** Certification (002 step 9; 003 §6.9.9) through its contract: the overview and its writes. */
import { certification } from '../../../../../contracts/certification';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const certificationKeys = queryKeys(certification);

export function useCertification(id: string, enabled = true) {
  return useApiQuery(certification.get, { params: { id } }, { enabled });
}

/** A write changes the certificate's flags on the list and the 一企一档 too. */
const refresh = { invalidates: [certificationKeys.all, ['participations']] };

export const useApplyForCertification = () => useApiMutation(certification.apply, refresh);
export const useRecordExistingCertificate = () => useApiMutation(certification.recordExisting, refresh);
export const useRecordSurveillance = () => useApiMutation(certification.recordSurveillance, refresh);
