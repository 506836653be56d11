import { DownloadOutlined, DownOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Card, Dropdown, Space, Tabs } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useCan } from '../../app/me.ts';
import { PageHeader } from '../../app/PageHeader.tsx';
import { libraryExportUrl } from './api.ts';
import { ArticleSearch } from './components/ArticleSearch.tsx';
import { DocumentFormModal } from './components/DocumentFormModal.tsx';
import { DocumentTable } from './components/DocumentTable.tsx';
import { LegalImportModal } from './components/LegalImportModal.tsx';
import './legal.css';

/** 执法依据 (法规库): the documents, article search, import and export. */
export function LegalLibraryPage() {
  const can = useCan();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<'create' | 'import' | null>(null);
  const manage = can('law:manage');
  const tab = params.get('tab') === 'articles' || params.get('aq') ? 'articles' : 'documents';

  return (
    <>
      <PageHeader
        title="执法依据"
        subtitle="法律、法规、规章和规范性文件及其条文（条、款、项），记录各版本文本与施行、废止日期。"
        extra={
          <Space wrap>
            <Dropdown
              menu={{
                items: [
                  {
                    key: 'xlsx',
                    label: (
                      <a href={libraryExportUrl('xlsx')} download>
                        导出 Excel
                      </a>
                    ),
                  },
                  {
                    key: 'json',
                    label: (
                      <a href={libraryExportUrl('json')} download>
                        导出 JSON
                      </a>
                    ),
                  },
                ],
              }}
            >
              <Button icon={<DownloadOutlined />} data-testid="legal-export">
                导出 <DownOutlined />
              </Button>
            </Dropdown>
            {manage ? (
              <Button icon={<UploadOutlined />} onClick={() => setDialog('import')} data-testid="legal-import">
                导入
              </Button>
            ) : null}
            {manage ? (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog('create')} data-testid="legal-document-create">
                新增法律文件
              </Button>
            ) : null}
          </Space>
        }
      />
      <Card>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === 'articles' ? { tab: key } : {}, { replace: true })}
          items={[
            { key: 'documents', label: <span data-testid="legal-tab-documents">法律文件</span>, children: <DocumentTable /> },
            { key: 'articles', label: <span data-testid="legal-tab-articles">条文检索</span>, children: <ArticleSearch /> },
          ]}
        />
      </Card>
      <DocumentFormModal
        open={dialog === 'create'}
        onClose={() => setDialog(null)}
        onSaved={(d) => void navigate(`/legal/documents/${d.id}`)}
      />
      <LegalImportModal open={dialog === 'import'} onClose={() => setDialog(null)} />
    </>
  );
}
