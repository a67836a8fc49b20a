/** The QMS document register (体系建设) through the qms-documents contract: the register, its writes, the outlines. */
import { qmsDocuments } from '../../../../../contracts/qms-documents';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const qmsDocumentKeys = queryKeys(qmsDocuments);

export const useQmsRegister = (id: string) => useApiQuery(qmsDocuments.register, { params: { id } });
export const useStarterOutlines = (enabled = true) =>
  useApiQuery(qmsDocuments.outlines, {}, { enabled, select: (a) => a.items });

/** A write refreshes the register and the 一企一档 (its timeline). */
const refresh = { invalidates: [qmsDocumentKeys.all, ['participations']] };

export const useCreateQmsDocument = () => useApiMutation(qmsDocuments.create, refresh);
export const useEditQmsDocument = () => useApiMutation(qmsDocuments.edit, refresh);
export const useChangeQmsStatus = () => useApiMutation(qmsDocuments.changeStatus, refresh);
export const useAddQmsRevision = () => useApiMutation(qmsDocuments.addRevision, refresh);
export const useCopyOutline = () => useApiMutation(qmsDocuments.copyOutline, refresh);
export const useRecordNonApplicability = () => useApiMutation(qmsDocuments.recordNonApplicability, refresh);
export const useWithdrawNonApplicability = () => useApiMutation(qmsDocuments.withdrawNonApplicability, refresh);
