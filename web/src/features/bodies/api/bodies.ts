/** The certification bodies registry: list and registration, through the bodies contract. */
import { bodies } from '../../../../../contracts/bodies';
import { queryKeys, useApiMutation, useApiQuery } from '../../../lib/api-query';

export const bodyKeys = queryKeys(bodies);

export function useCertificationBodies(enabled = true) {
  return useApiQuery(bodies.list, {}, { enabled, select: (answer) => answer.items });
}

export function useRegisterBody() {
  return useApiMutation(bodies.register, { invalidates: [bodyKeys.all] });
}
