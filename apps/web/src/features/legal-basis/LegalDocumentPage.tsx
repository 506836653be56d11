import { ArrowLeftOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { formatArticleAddress } from '@quanze/domain';
import { Alert, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { isApiError } from '../../app/api.ts';
import { ContentSpin, ErrorAlert, NotFoundPage } from '../../app/feedback.tsx';
import { PageHeader } from '../../app/PageHeader.tsx';
import { useDocument, useRepealDocument } from './api.ts';
import { AddVersionModal } from './components/AddVersionModal.tsx';
import { ArticleFormModal } from './components/ArticleFormModal.tsx';
import { DocumentFormModal } from './components/DocumentFormModal.tsx';
import { LegalStatusTag, PenaltyTag } from './components/LegalBits.tsx';
import { RepealModal } from './components/RepealModal.tsx';
import './legal.css';
import type { LegalArticleSummary, LegalDocument } from './types.ts';

type Dialog = 'edit' | 'repeal' | 'version' | 'article' | null;

const articleColumns = [
  {
    title: '条款',
    key: 'address',
    width: 190,
    render: (_: unknown, a: LegalArticleSummary) => (
      <Link to={`/legal/articles/${a.id}`} data-testid="legal-article-link">
        {formatArticleAddress(a.address)}
      </Link>
    ),
  },
  { title: '条文内容', dataIndex: 'text', render: (t: string) => <div className="qz-article-text">{t}</div> },
  {
    title: '状态',
    key: 'status',
    width: 150,
    render: (_: unknown, a: LegalArticleSummary) => (
      <Space size={4} wrap>
        <LegalStatusTag status={a.status} since={a.repealedOn} />
        {a.isPenaltyProvision ? <PenaltyTag /> : null}
      </Space>
    ),
  },
];

const versionColumns = [
  { title: '版本', dataIndex: 'label' },
  { title: '通过日期', dataIndex: 'adoptedOn', render: (v: string | null) => v ?? '—' },
  { title: '公布日期', dataIndex: 'publishedOn', render: (v: string | null) => v ?? '—' },
  { title: '施行日期', dataIndex: 'effectiveFrom' },
];

function Meta({ doc }: { doc: LegalDocument }) {
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
      <Descriptions.Item label="效力级别">
        {doc.levelLabel}
        {doc.canSetPenalty ? null : <Tag style={{ marginLeft: 6 }}>不得设定行政处罚</Tag>}
      </Descriptions.Item>
      <Descriptions.Item label="制定机关">{doc.issuingBody}</Descriptions.Item>
      <Descriptions.Item label="文号">{doc.documentNumber ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="公布日期">{doc.publishedOn ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="施行日期">{doc.effectiveFrom}</Descriptions.Item>
      <Descriptions.Item label="废止日期">{doc.repealedOn ?? '—'}</Descriptions.Item>
      {doc.note ? (
        <Descriptions.Item label="备注" span="filled">
          {doc.note}
        </Descriptions.Item>
      ) : null}
    </Descriptions>
  );
}

/** One document of the library: its particulars, revisions and articles (条/款/项); 修改 / 废止 by its abilities. */
export function LegalDocumentPage() {
  const { id = '' } = useParams();
  const { data: doc, error, isPending, refetch } = useDocument(id);
  const repeal = useRepealDocument(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (isApiError(error) && error.status === 404) return <NotFoundPage />;
  if (isPending) return <ContentSpin />;
  if (!doc) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const can = (a: LegalDocument['abilities'][number]) => doc.abilities.includes(a);
  const close = () => setDialog(null);

  return (
    <>
      <PageHeader
        title={doc.title}
        subtitle={
          <Space size={6}>
            <LegalStatusTag
              status={doc.status}
              since={doc.status === 'repealed' ? doc.repealedOn : doc.status === 'notYetEffective' ? doc.effectiveFrom : null}
            />
            <span>共 {doc.articleCount} 条（款、项）</span>
          </Space>
        }
        extra={
          <Space wrap>
            <Link to="/legal">
              <Button icon={<ArrowLeftOutlined />}>返回法规库</Button>
            </Link>
            {can('edit') ? (
              <Button icon={<EditOutlined />} onClick={() => setDialog('edit')} data-testid="legal-document-edit">
                修改
              </Button>
            ) : null}
            {can('addVersion') ? <Button onClick={() => setDialog('version')}>登记修正/修订版本</Button> : null}
            {can('addArticle') ? (
              <Button icon={<PlusOutlined />} onClick={() => setDialog('article')} data-testid="legal-article-add">
                增加条文
              </Button>
            ) : null}
            {can('repeal') ? (
              <Button danger icon={<StopOutlined />} onClick={() => setDialog('repeal')} data-testid="legal-document-repeal">
                废止
              </Button>
            ) : null}
          </Space>
        }
      />
      <Space orientation="vertical" size={16} style={{ width: '100%' }}>
        {doc.status === 'repealed' ? (
          <Alert type="error" showIcon title={`本文件自 ${doc.repealedOn ?? ''} 起废止，引用它的执法事项在覆盖检查中标红。`} />
        ) : null}
        <Card>
          <Meta doc={doc} />
        </Card>
        {doc.versions.length ? (
          <Card title="修正/修订版本" size="small">
            <Table rowKey="id" size="small" columns={versionColumns} dataSource={doc.versions} pagination={false} />
          </Card>
        ) : null}
        <Card title="条文" size="small">
          <Table<LegalArticleSummary>
            rowKey="id"
            size="small"
            columns={articleColumns}
            dataSource={doc.articles}
            pagination={doc.articles.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            data-testid="legal-articles"
            locale={{ emptyText: '尚未录入条文' }}
          />
        </Card>
      </Space>

      <DocumentFormModal open={dialog === 'edit'} document={doc} onClose={close} />
      <AddVersionModal open={dialog === 'version'} document={doc} onClose={close} />
      <ArticleFormModal mode="add" open={dialog === 'article'} document={doc} onClose={close} />
      <RepealModal
        open={dialog === 'repeal'}
        title={`废止：${doc.title}`}
        version={doc.version}
        submit={(input) => repeal.mutateAsync(input)}
        onClose={close}
      />
    </>
  );
}
