import { ArrowLeftOutlined, EditOutlined, StopOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Space, Timeline } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { describeSanction } from '../powers/sanction-text.ts';
import { useArticle, useDocument, useRepealArticle } from './api.ts';
import { ArticleImpactPanel } from './components/ArticleImpact.tsx';
import { ArticleFormModal } from './components/ArticleFormModal.tsx';
import { LegalStatusTag, PenaltyTag } from './components/LegalBits.tsx';
import { RepealModal } from './components/RepealModal.tsx';
import './legal.css';

/**
 * One article: its texts through time (each version with the days it applied), the 影响范围 of a change, and
 * 修改 / 废止 when the abilities allow — both dialogs list the powers a change would touch before confirming.
 */
export function LegalArticlePage() {
  const { id = '' } = useParams();
  const { data: article, error, isPending, refetch } = useArticle(id);
  const { data: doc } = useDocument(article?.documentId ?? '');
  const repeal = useRepealArticle(id);
  const [dialog, setDialog] = useState<'amend' | 'repeal' | null>(null);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!article) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const versions = [...article.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  const docVersion = (vid: string | null) => doc?.versions.find((v) => v.id === vid)?.label;

  return (
    <>
      <PageHeader
        title={article.label}
        subtitle={
          <Space size={6} wrap>
            <LegalStatusTag status={article.status} since={article.repealedOn} />
            {article.isPenaltyProvision ? <PenaltyTag /> : null}
            <Link to={`/legal/documents/${article.documentId}`}>{article.documentTitle}</Link>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to={`/legal/documents/${article.documentId}`}>
              <Button icon={<ArrowLeftOutlined />}>返回文件</Button>
            </Link>
            {article.abilities.includes('amend') ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('amend')} data-testid="legal-article-amend">
                修改
              </Button>
            ) : null}
            {article.abilities.includes('repeal') ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('repeal')} data-testid="legal-article-repeal">
                废止
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {article.status === 'repealed' ? (
          <Alert
            type="error"
            showIcon
            title={`本条自 ${article.repealedOn ?? ''} 起废止；此前发生的行为仍适用当时有效的文本（行政处罚法 第三十七条）。`}
          />
        ) : null}
        <Card title="现行文本" size="small">
          <div className="qz-article-text" data-testid="legal-article-text-current">
            {article.text}
          </div>
        </Card>
        <Card title="影响范围" size="small" data-testid="legal-impact-card">
          <ArticleImpactPanel articleId={article.id} />
        </Card>
        <Card title={`历次文本（${versions.length}）`} size="small">
          <Timeline
            items={versions.map((v) => ({
              key: v.id,
              color: v.effectiveTo === null ? 'green' : 'gray',
              content: (
                <div>
                  <strong>
                    {v.effectiveFrom} 起{v.effectiveTo ? ` 至 ${v.effectiveTo}` : ' 施行'}
                  </strong>
                  {docVersion(v.documentVersionId) ? <span className="qz-sub">（{docVersion(v.documentVersionId)}）</span> : null}
                  <div className="qz-version-text">{v.text}</div>
                  {v.sanction ? <div className="qz-sub">处罚幅度：{describeSanction(v.sanction)}</div> : null}
                </div>
              ),
            }))}
          />
        </Card>
      </Space>

      {dialog === 'amend' ? (
        <ArticleFormModal
          mode="amend"
          open
          article={article}
          versions={doc?.versions ?? []}
          impact={<ArticleImpactPanel articleId={article.id} compact />}
          onClose={() => setDialog(null)}
        />
      ) : null}
      <RepealModal
        open={dialog === 'repeal'}
        title={`废止：${article.label}`}
        version={article.version}
        impact={<ArticleImpactPanel articleId={article.id} compact />}
        submit={(input) => repeal.mutateAsync(input)}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
