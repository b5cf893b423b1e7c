import { ApartmentOutlined, MailOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { Card, Col, Flex, Result, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { useAuth } from '../../auth/auth-context';
import { LinkButton } from '../../components/LinkButton';
import { PageHeader } from '../../components/PageHeader';

/** Onboarding after registering: create an organization, or how to join one. */
export default function WelcomePage() {
  const { t } = useTranslation();
  const { me } = useAuth();
  // Someone who already belongs to an organization has nothing to set up here.
  if (me && me.memberships.length > 0) return <Navigate to="/" replace />;
  return (
    <>
      <PageHeader title={t('onboarding.title')} subtitle={t('onboarding.subtitle')} />
      <Row gutter={[16, 16]} data-testid="onboarding">
        <Col xs={24} md={12}>
          <Card style={{ height: '100%' }}>
            <Flex vertical gap={12} align="flex-start">
              <Typography.Title level={4} style={{ margin: 0 }}>
                <ApartmentOutlined /> {t('onboarding.createTitle')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('onboarding.createText')}</Typography.Text>
              <LinkButton type="primary" to="/organizations/new" data-testid="create-org-cta">
                {t('onboarding.createCta')}
              </LinkButton>
            </Flex>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card style={{ height: '100%' }}>
            <Flex vertical gap={12} align="flex-start">
              <Typography.Title level={4} style={{ margin: 0 }}>
                <MailOutlined /> {t('onboarding.joinTitle')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('onboarding.joinText')}</Typography.Text>
              <LinkButton to="/demands">{t('onboarding.browse')}</LinkButton>
            </Flex>
          </Card>
        </Col>
      </Row>
    </>
  );
}

/** Shown once an organization is created: what verification means and how long it takes. */
export function VerificationPendingPage() {
  const { t } = useTranslation();
  return (
    <Card data-testid="verification-explained">
      <Result
        icon={<SafetyCertificateOutlined style={{ color: '#1554ad' }} />}
        title={t('onboarding.verifyTitle')}
        subTitle={
          <span style={{ maxWidth: 640, display: 'inline-block' }}>{t('onboarding.verifyText')}</span>
        }
        extra={[
          <LinkButton key="home" type="primary" to="/" data-testid="verification-home">
            {t('onboarding.verifyCta')}
          </LinkButton>,
          <LinkButton key="members" to="/organization/members" data-testid="verification-members">
            {t('nav.members')}
          </LinkButton>,
        ]}
      />
    </Card>
  );
}
