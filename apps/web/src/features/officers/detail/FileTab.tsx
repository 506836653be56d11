import { EyeOutlined, UploadOutlined, UserOutlined } from '@ant-design/icons';
import { EMPLOYMENT_TYPE_LABELS } from '@quanze/domain';
import { App, Button, Col, Descriptions, Row, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useNotifyError } from '../../../app/feedback.tsx';
import { photoUrl, useRevealOfficer, useUploadPhoto } from '../api.ts';
import type { OfficerDetailDto } from '../types.ts';

const PHOTO_TYPES = ['image/jpeg', 'image/png'];
const PHOTO_MAX = 2 * 1024 * 1024;

function IdCardNumber({ officer }: { officer: OfficerDetailDto }) {
  const reveal = useRevealOfficer();
  const notifyError = useNotifyError();
  if (reveal.data) {
    return (
      <Space orientation="vertical" size={0}>
        <span className="qz-mono" data-testid="officer-idcard-full">
          {reveal.data.idCardNumber}
        </span>
        <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="reveal-note">
          本次查看已记入审计日志；个人信息仅限履行职责所需使用。
        </Typography.Text>
      </Space>
    );
  }
  return (
    <Space wrap>
      <span className="qz-mono">{officer.idCardNumber ?? '未登记'}</span>
      {officer.abilities.includes('reveal') && officer.idCardNumber ? (
        <Button
          size="small"
          type="link"
          icon={<EyeOutlined />}
          loading={reveal.isPending}
          onClick={() => reveal.mutate(officer.id, { onError: notifyError })}
          data-testid="officer-reveal"
        >
          查看完整
        </Button>
      ) : null}
    </Space>
  );
}

function Photo({ officer }: { officer: OfficerDetailDto }) {
  const { message } = App.useApp();
  const notifyError = useNotifyError();
  const upload = useUploadPhoto(officer.id);
  const [stamp, setStamp] = useState(officer.version);

  const onFile = (file: File) => {
    if (!PHOTO_TYPES.includes(file.type)) return void message.error('照片须为 JPEG 或 PNG 图片');
    if (file.size > PHOTO_MAX) return void message.error('照片不能超过 2 MB');
    upload.mutate(file, {
      onSuccess: () => {
        setStamp((s) => s + 1);
        void message.success('照片已更新');
      },
      onError: notifyError,
    });
  };

  return (
    <Space orientation="vertical" align="center">
      {officer.hasPhoto ? (
        <img className="qz-officer-photo" src={photoUrl(officer.id, stamp)} alt={`${officer.name}的照片`} data-testid="officer-photo" />
      ) : (
        <div className="qz-officer-photo" aria-label="未上传照片">
          <UserOutlined style={{ fontSize: 40 }} />
        </div>
      )}
      {officer.abilities.includes('uploadPhoto') ? (
        <Upload
          accept="image/jpeg,image/png"
          showUploadList={false}
          beforeUpload={(file) => {
            onFile(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={upload.isPending} data-testid="officer-photo-upload">
            {officer.hasPhoto ? '更换照片' : '上传照片'}
          </Button>
        </Upload>
      ) : null}
    </Space>
  );
}

/** 档案: the file fields; the ID number masked, revealed on request (audited). */
export function FileTab({ officer }: { officer: OfficerDetailDto }) {
  return (
    <Row gutter={[24, 16]}>
      <Col flex="none">
        <Photo officer={officer} />
      </Col>
      <Col flex="auto" style={{ minWidth: 0 }}>
        <Descriptions
          bordered
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: 'name', label: '姓名', children: officer.name },
            { key: 'gender', label: '性别', children: officer.gender === 'male' ? '男' : '女' },
            { key: 'id', label: '身份证号码', span: 2, children: <IdCardNumber officer={officer} /> },
            { key: 'employment', label: '用工性质', children: EMPLOYMENT_TYPE_LABELS[officer.employmentType] },
            { key: 'education', label: '学历', children: officer.education ?? '—' },
            { key: 'department', label: '科室', children: officer.departmentName ?? '—' },
            { key: 'post', label: '岗位', children: officer.postName ?? '—' },
            { key: 'subject', label: '所属执法主体', span: 2, children: officer.subjectName },
            {
              key: 'lpq',
              label: '法律职业资格',
              span: 2,
              children: officer.legalProfessionQualification
                ? `有${officer.legalProfessionCertificateNumber ? `（证书编号 ${officer.legalProfessionCertificateNumber}）` : ''}`
                : '无',
            },
            { key: 'status', label: '在岗状态', children: officer.status === 'active' ? '在岗' : '已离岗' },
            { key: 'account', label: '关联系统账号', children: officer.userId ? '已关联' : '未关联' },
          ]}
        />
      </Col>
    </Row>
  );
}
