/**
 * A form in a modal that sends one request: validates the fields, submits, and on a refusal keeps the dialog open with
 * the server's message and article in place (and its fieldErrors on the fields). The case and complaint action
 * dialogs and the payment forms are built on it, so a refusal looks and behaves the same everywhere.
 */
import { Form, Modal, type FormInstance } from 'antd';
import { useState, type ReactNode } from 'react';
import { RefusalAlert } from './RefusalAlert.tsx';
import { applyFieldErrors } from '../form.ts';

export type FormValues = Record<string, unknown>;

interface Props {
  title: ReactNode;
  /** Sends the values. Resolving is success (the caller closes the dialog); rejecting shows the refusal. */
  onSubmit: (values: FormValues) => Promise<unknown>;
  onCancel: () => void;
  /** The caller's instance, when it watches fields itself; otherwise one of its own. */
  form?: FormInstance<FormValues>;
  initialValues?: FormValues;
  width?: number;
  okText?: string;
  cancelText?: string;
  danger?: boolean;
  /** The submit button stays disabled, e.g. until the values to edit have loaded. */
  okDisabled?: boolean;
  submitTestId?: string;
  formTestId?: string;
  /** Between the refusal and the form: warnings, a confirmation sentence. */
  intro?: ReactNode;
  children?: ReactNode;
}

export function ModalForm({
  title,
  onSubmit,
  onCancel,
  form: given,
  initialValues,
  width = 520,
  okText,
  cancelText,
  danger = false,
  okDisabled = false,
  submitTestId,
  formTestId,
  intro,
  children,
}: Props) {
  const [form] = Form.useForm<FormValues>(given);
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);

  const submit = async () => {
    // An invalid field shows its own message; nothing is sent.
    const values = await form.validateFields().catch(() => null);
    if (!values) return;
    setError(null);
    setPending(true);
    try {
      await onSubmit(values);
    } catch (e) {
      applyFieldErrors(form, e);
      setError(e);
    } finally {
      setPending(false);
    }
  };

  return (
    <Modal
      open
      title={title}
      okText={okText}
      cancelText={cancelText}
      okButtonProps={submitTestId ? { danger, disabled: okDisabled, 'data-testid': submitTestId } : { danger, disabled: okDisabled }}
      confirmLoading={pending}
      onOk={() => void submit()}
      onCancel={onCancel}
      width={width}
      destroyOnHidden
    >
      {error ? <RefusalAlert error={error} /> : null}
      {intro}
      <Form form={form} layout="vertical" initialValues={initialValues} data-testid={formTestId}>
        {children}
      </Form>
    </Modal>
  );
}
