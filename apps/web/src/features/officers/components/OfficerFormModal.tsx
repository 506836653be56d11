import { SaveOfficerRequest } from '@quanze/contracts';
import { EMPLOYMENT_TYPE_LABELS, EMPLOYMENT_TYPES } from '@quanze/domain';
import { Alert, Col, Form, Input, Modal, Radio, Row, Select, Switch } from 'antd';
import { useState } from 'react';
import { isApiError } from '../../../app/api.ts';
import { ErrorAlert } from '../../../app/feedback.tsx';
import { applyFieldErrors, zodRule } from '../../../app/form.ts';
import { useCurrentMe } from '../../../app/me.ts';
import { DepartmentSelect } from '../../departments/DepartmentSelect.tsx';
import { PostSelect } from '../../org/PostSelect.tsx';
import { SubjectSelect } from '../../subjects/SubjectSelect.tsx';
import { useCreateOfficer, useUpdateOfficer } from '../api.ts';
import type { EmploymentType, OfficerDetailDto } from '../types.ts';

interface Values {
  name: string;
  gender: 'male' | 'female';
  idCardNumber?: string;
  employmentType: EmploymentType;
  departmentId: string | null;
  postId: string | null;
  subjectId: string | null;
  legalProfessionQualification: boolean;
  legalProfessionCertificateNumber?: string;
  education?: string;
  changeReason?: string;
}

interface Props {
  open: boolean;
  /** Present when editing. */
  officer?: OfficerDetailDto | undefined;
  onClose: () => void;
  onSaved?: (officer: OfficerDetailDto) => void;
}

const EMPLOYMENT_OPTIONS = EMPLOYMENT_TYPES.map((t) => ({ value: t, label: EMPLOYMENT_TYPE_LABELS[t] }));
const text = (v: string | undefined) => (v && v.trim() ? v.trim() : null);

/** 新增人员 / 编辑档案. Editing writes a history row on the server; the ID number is only sent when retyped. */
export function OfficerFormModal({ open, officer, onClose, onSaved }: Props) {
  const me = useCurrentMe();
  const [form] = Form.useForm<Values>();
  const create = useCreateOfficer();
  const update = useUpdateOfficer();
  const [error, setError] = useState<unknown>(null);
  const departmentId = Form.useWatch('departmentId', form);
  const qualified = Form.useWatch('legalProfessionQualification', form);
  const editing = Boolean(officer);

  const fail = (err: unknown) => {
    if (!applyFieldErrors(form, err)) setError(err);
  };

  const onFinish = (v: Values) => {
    setError(null);
    const common = {
      name: v.name.trim(),
      gender: v.gender,
      employmentType: v.employmentType,
      departmentId: v.departmentId ?? '',
      postId: v.postId ?? null,
      ...(v.subjectId ? { subjectId: v.subjectId } : {}),
      legalProfessionQualification: v.legalProfessionQualification,
      legalProfessionCertificateNumber: v.legalProfessionQualification ? text(v.legalProfessionCertificateNumber) : null,
      education: text(v.education),
    };
    const idCardNumber = v.idCardNumber?.trim().toUpperCase();
    if (officer) {
      const changeReason = v.changeReason?.trim();
      update.mutate(
        { id: officer.id, version: officer.version, ...common, ...(idCardNumber ? { idCardNumber } : {}), ...(changeReason ? { changeReason } : {}) },
        { onSuccess: (o) => (onSaved ?? onClose)(o), onError: fail },
      );
    } else {
      create.mutate({ ...common, idCardNumber: idCardNumber ?? '' }, { onSuccess: (o) => (onSaved ?? onClose)(o), onError: fail });
    }
  };

  const initial: Partial<Values> = officer
    ? {
        name: officer.name,
        gender: officer.gender,
        employmentType: officer.employmentType,
        departmentId: officer.departmentId,
        postId: officer.postId,
        subjectId: officer.subjectId,
        legalProfessionQualification: officer.legalProfessionQualification,
        legalProfessionCertificateNumber: officer.legalProfessionCertificateNumber ?? '',
        education: officer.education ?? '',
      }
    : { gender: 'male', employmentType: 'civilServant', departmentId: me.user.departmentId, postId: null, subjectId: null, legalProfessionQualification: false };

  return (
    <Modal
      open={open}
      title={editing ? `编辑档案：${officer?.name ?? ''}` : '新增执法人员'}
      okText={editing ? '保存' : '创建'}
      onOk={() => form.submit()}
      onCancel={onClose}
      confirmLoading={create.isPending || update.isPending}
      destroyOnHidden
      width={720}
      okButtonProps={{ 'data-testid': 'officer-form-submit' }}
    >
      {editing ? (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title="修改将记入变更历史，原值保留可查。" />
      ) : null}
      <Form
        form={form}
        layout="vertical"
        onFinish={onFinish}
        initialValues={initial}
        onValuesChange={(changed: Partial<Values>) => {
          if ('departmentId' in changed) form.setFieldsValue({ postId: null });
        }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={12}>
            <Form.Item name="name" label="姓名" rules={[zodRule(SaveOfficerRequest.shape.name, { required: '请输入姓名' })]}>
              <Input maxLength={32} data-testid="officer-form-name" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="gender" label="性别" required>
              <Radio.Group options={[{ value: 'male', label: '男' }, { value: 'female', label: '女' }]} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item
              name="idCardNumber"
              label="身份证号码"
              rules={[zodRule(SaveOfficerRequest.shape.idCardNumber, editing ? {} : { required: '请输入身份证号码' })]}
              extra={editing ? `当前：${officer?.idCardNumber ?? '未登记'}；留空表示不修改` : '加密保存，列表中脱敏显示'}
            >
              <Input maxLength={18} autoComplete="off" data-testid="officer-form-idcard" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="employmentType" label="用工性质" required extra="劳动合同制、劳务派遣人员不得持有行政执法证">
              <Select options={EMPLOYMENT_OPTIONS} data-testid="officer-form-employment" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="departmentId" label="科室" rules={[{ required: true, message: '请选择科室' }]}>
              <DepartmentSelect data-testid="officer-form-department" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="postId" label="岗位">
              <PostSelect departmentId={departmentId} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="subjectId" label="所属执法主体" extra="不选择即为本局">
              <SubjectSelect placeholder="本局" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="education" label="学历">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            <Form.Item name="legalProfessionQualification" label="法律职业资格" valuePropName="checked" extra="担任法制审核员须具备">
              <Switch checkedChildren="有" unCheckedChildren="无" />
            </Form.Item>
          </Col>
          <Col xs={24} sm={12}>
            {qualified ? (
              <Form.Item name="legalProfessionCertificateNumber" label="法律职业资格证书编号">
                <Input maxLength={64} />
              </Form.Item>
            ) : null}
          </Col>
          {editing ? (
            <Col span={24}>
              <Form.Item name="changeReason" label="变更原因">
                <Input.TextArea maxLength={200} rows={2} showCount />
              </Form.Item>
            </Col>
          ) : null}
        </Row>
      </Form>
      {error ? <ErrorAlert error={error} /> : null}
      {isApiError(error, 'VERSION_CONFLICT') ? <Alert type="warning" showIcon title="档案已被他人修改，请关闭后刷新再试。" /> : null}
    </Modal>
  );
}
