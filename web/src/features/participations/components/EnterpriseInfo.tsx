/** The enterprise's registration facts; contact name and phone masked, revealable with a reason by allowed roles. */
import { useState } from 'react';
import { Button, Card, Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ParticipationDetail, participations } from '../../../../../contracts/participations';
import { mayCall } from '../../../lib/session';
import { industryName } from '../../../lib/industry';
import { useLanguage } from '../../../lib/use-language';
import { errorText } from '../../../components/ErrorAlert';
import { useRevealContact } from '../api/participations';
import { RevealContactDialog } from './RevealContactDialog';
import { RegionName } from '../../../components/regions/RegionName';

export function EnterpriseInfo({ detail }: { detail: ParticipationDetail }) {
  const { t } = useTranslation();
  const lang = useLanguage();
  const reveal = useRevealContact(detail.id);
  const [asking, setAsking] = useState(false);
  const e = detail.enterprise;
  const contactName = reveal.data ? reveal.data.contactName : e.contactName;
  const contactPhone = reveal.data ? reveal.data.contactPhone : e.contactPhone;
  const canReveal =
    mayCall(detail.actingRole, participations.revealContact) && Boolean(e.contactPhone || e.contactName);

  return (
    <Card title={t('participation.enterpriseInfo')} size="small">
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 1, md: 2, xl: 3 }}
        items={[
          { key: 'uscc', label: t('participation.uscc'), children: e.uscc },
          {
            key: 'region',
            label: t('participation.region'),
            children: <RegionName code={e.regionCode} fallback={e.regionName} />,
          },
          { key: 'industry', label: t('participation.industry'), children: industryName(e.industryCode, lang) },
          { key: 'address', label: t('participation.address'), children: e.address ?? '—' },
          { key: 'legal', label: t('participation.legalRepresentative'), children: e.legalRepresentative ?? '—' },
          {
            key: 'contact',
            label: t('participation.contactName'),
            children: <span data-testid="contact-name">{contactName ?? '—'}</span>,
          },
          {
            key: 'phone',
            label: t('participation.contactPhone'),
            children: (
              <Space size={8} wrap>
                <span data-testid="contact-phone">{contactPhone ?? '—'}</span>
                {canReveal && !reveal.data ? (
                  <Button
                    type="link"
                    size="small"
                    style={{ padding: 0, height: 'auto' }}
                    onClick={() => {
                      reveal.reset();
                      setAsking(true);
                    }}
                    data-testid="contact-reveal"
                  >
                    {t('common.reveal')}
                  </Button>
                ) : null}
              </Space>
            ),
          },
          ...(detail.referenceNumber
            ? [
                {
                  key: 'reference',
                  label: t('participation.referenceNumber'),
                  children: <span data-testid="reference-number">{detail.referenceNumber}</span>,
                },
              ]
            : []),
          {
            key: 'origin',
            label: t('participation.origin'),
            children: t(`origin.${detail.origin}`, { defaultValue: detail.origin }),
          },
          {
            key: 'campaign',
            label: t('participation.campaign'),
            children: <Link to={`/campaigns/${detail.campaign.id}`}>{detail.campaign.name}</Link>,
          },
        ]}
      />
      {asking ? (
        <RevealContactDialog
          pending={reveal.isPending}
          error={reveal.isError ? errorText(reveal.error) : undefined}
          onConfirm={(request) =>
            reveal.mutate({ params: { id: detail.id }, body: request }, { onSuccess: () => setAsking(false) })
          }
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </Card>
  );
}
