import { LEGAL_LEVEL_LABELS, LEGAL_LEVELS } from '@quanze/domain';
import { Input, Select, Table, Tag, Tooltip } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { useDocuments, type DocumentQuery } from '../api.ts';
import type { LegalDocumentSummary, LegalLevel } from '../types.ts';
import { LegalStatusTag } from './LegalBits.tsx';

const LEVEL_OPTIONS = LEGAL_LEVELS.map((l) => ({ value: l, label: LEGAL_LEVEL_LABELS[l] }));

const columns = [
  {
    title: '文件名称',
    key: 'title',
    render: (_: unknown, d: LegalDocumentSummary) => (
      <Link to={`/legal/documents/${d.id}`} data-testid="legal-document-link">
        {d.title}
      </Link>
    ),
  },
  {
    title: '效力级别',
    key: 'level',
    width: 130,
    render: (_: unknown, d: LegalDocumentSummary) => (
      <>
        {d.levelLabel}
        {d.canSetPenalty ? null : (
          <Tooltip title="规范性文件不得设定行政处罚（行政处罚法 第十六条）">
            <Tag style={{ marginLeft: 4 }}>不得设定处罚</Tag>
          </Tooltip>
        )}
      </>
    ),
  },
  { title: '制定机关', dataIndex: 'issuingBody', width: 180 },
  { title: '文号', dataIndex: 'documentNumber', width: 180, render: (v: string | null) => v ?? '—' },
  { title: '公布日期', dataIndex: 'publishedOn', width: 110, render: (v: string | null) => v ?? '—' },
  { title: '施行日期', dataIndex: 'effectiveFrom', width: 110 },
  { title: '废止日期', dataIndex: 'repealedOn', width: 110, render: (v: string | null) => v ?? '—' },
  {
    title: '状态',
    key: 'status',
    width: 100,
    render: (_: unknown, d: LegalDocumentSummary) => (
      <LegalStatusTag
        status={d.status}
        since={d.status === 'repealed' ? d.repealedOn : d.status === 'notYetEffective' ? d.effectiveFrom : null}
      />
    ),
  },
  { title: '条文', dataIndex: 'articleCount', width: 70, align: 'right' as const },
];

/** 法律文件 list: search by title, filter by level, paged on the server. */
export function DocumentTable() {
  const [query, setQuery] = useState<DocumentQuery>({ page: 1, pageSize: 20 });
  const { data, error, isFetching, refetch } = useDocuments(query);

  return (
    <>
      <div className="qz-toolbar">
        <Input.Search
          placeholder="文件名称"
          allowClear
          enterButton="查询"
          onSearch={(q) => setQuery((prev) => ({ ...prev, q: q.trim() || undefined, page: 1 }))}
          style={{ width: 280 }}
          data-testid="legal-document-search"
        />
        <Select
          value={query.level}
          onChange={(level: LegalLevel | undefined) => setQuery((prev) => ({ ...prev, level, page: 1 }))}
          options={LEVEL_OPTIONS}
          placeholder="全部效力级别"
          allowClear
          style={{ width: 170 }}
        />
      </div>
      {error && !data ? <ErrorAlert error={error} onRetry={() => void refetch()} /> : null}
      <Table<LegalDocumentSummary>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={data?.items ?? []}
        loading={isFetching}
        scroll={{ x: 1150 }}
        data-testid="legal-documents"
        locale={{ emptyText: '没有符合条件的法律文件' }}
        pagination={{
          current: query.page,
          pageSize: query.pageSize,
          total: data?.total ?? 0,
          showTotal: (t) => `共 ${t} 件`,
          onChange: (page, pageSize) => setQuery((prev) => ({ ...prev, page: pageSize !== prev.pageSize ? 1 : page, pageSize })),
        }}
      />
    </>
  );
}
