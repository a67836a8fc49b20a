import { useTranslation } from 'react-i18next';
import { useRegion } from './regions';

/** A region's name looked up by its six-digit code (falls back to the given name, then the code); a retired one is marked historical. */
export function RegionName({ code, fallback }: { code: string; fallback?: string }) {
  const { t } = useTranslation();
  const region = useRegion(code)?.data?.region;
  if (!region) return <>{fallback ?? code}</>;
  if (region.status === 'current') return <>{region.name}</>;
  return (
    <span data-testid="region-historical" title={t('region.historicalHint')}>
      {t('region.historical', { name: region.name, code: region.code })}
    </span>
  );
}
