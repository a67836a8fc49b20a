import { useRegion } from '../api/regions';

/** A region's name looked up by its six-digit code (falls back to the code). */
export function RegionName({ code }: { code: string }) {
  const region = useRegion(code);
  return <>{region.data?.region.name ?? code}</>;
}
