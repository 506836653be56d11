import { citationForDisplay } from '@quanze/domain';
import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Space, Tag, Typography } from 'antd';
import { BasisText } from '../components/CoverageBits.tsx';
import type { DiscretionResult } from './types.ts';

const KIND_COLORS: Record<DiscretionResult['tier']['kind'], string> = {
  exempt: 'green',
  mitigated: 'cyan',
  lighter: 'blue',
  ordinary: 'default',
  heavier: 'red',
};

/** Copies the paragraph; falls back to selecting the text when the clipboard is not available (plain http). */
function useCopy() {
  const { message } = App.useApp();
  return (text: string, el: HTMLElement | null) => {
    const done = () => void message.success('已复制，可粘贴到处罚决定书的说理部分');
    if (navigator.clipboard?.writeText) {
      navigator.clipboard.writeText(text).then(done, () => void message.warning('无法访问剪贴板，请手动选择文字复制'));
      return;
    }
    if (el) {
      const range = document.createRange();
      range.selectNodeContents(el);
      window.getSelection()?.removeAllRanges();
      window.getSelection()?.addRange(range);
      void message.info('已选中文字，请按 Ctrl+C 复制');
    }
  };
}

/**
 * The calculator's answer: the tier and its clause, the range for this case, every step of the reasoning with the
 * article it rests on, the paragraph ready for the decision (复制), and remarks for the 法制审核 reviewer.
 */
export function ResultCard({ result }: { result: DiscretionResult }) {
  const copy = useCopy();
  const paragraphId = 'qz-discretion-paragraph';
  return (
    <Card size="small" title="裁量结果" data-testid="discretion-result" data-tier={result.tier.kind} style={{ marginTop: 16 }}>
      {result.exemption ? (
        <Alert
          type="success"
          showIcon
          style={{ marginBottom: 12 }}
          title={result.exemption === 'mandatory' ? '依法应当不予行政处罚' : '可以不予行政处罚（首违不罚或基准不予处罚条款）'}
        />
      ) : null}
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label="适用档次">
          <Space size={4} wrap>
            <Tag color={KIND_COLORS[result.tier.kind]} data-testid="discretion-tier">
              {result.tier.label}
            </Tag>
            {result.tier.clause ? <span>{result.tier.clause}</span> : null}
            <BasisText basis={result.tier.basis} />
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label="基准版本">第 {result.benchmarkVersion} 版</Descriptions.Item>
        <Descriptions.Item label="本案裁量幅度" span="filled">
          <strong data-testid="discretion-range">{result.rangeText || '不予处罚'}</strong>
        </Descriptions.Item>
        <Descriptions.Item label="法定幅度" span="filled">
          {result.lawfulText || '—'}
          {result.reductionAvailable ? <Tag style={{ marginLeft: 8 }}>具有减轻处罚情节，可低于法定下限</Tag> : null}
        </Descriptions.Item>
      </Descriptions>

      <Typography.Title level={5} style={{ marginTop: 16 }}>
        说理过程
      </Typography.Title>
      <ol className="qz-reason-list" data-testid="discretion-explanation">
        {result.explanation.map((l, i) => (
          <li key={i} data-testid="discretion-explanation-line">
            {l.text}
            {l.basis.length ? <span className="qz-sub">〔{l.basis.map((b) => citationForDisplay(b)).join('；')}〕</span> : null}
          </li>
        ))}
      </ol>

      <div className="qz-paragraph-head">
        <Typography.Title level={5} style={{ margin: 0 }}>
          决定书说理段落
        </Typography.Title>
        <Button
          icon={<CopyOutlined />}
          size="small"
          onClick={() => copy(result.text, document.getElementById(paragraphId))}
          data-testid="discretion-copy"
        >
          复制
        </Button>
      </div>
      <div id={paragraphId} className="qz-paragraph" data-testid="discretion-paragraph">
        {result.text}
      </div>

      {result.reviewNotes.length ? (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 12 }}
          title="供法制审核参考（不写入决定书）"
          description={
            <ul className="qz-reason-list" data-testid="discretion-review-notes">
              {result.reviewNotes.map((n, i) => (
                <li key={i}>{n.text}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      {result.problems.length ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title="基准本身存在问题，结果已按法定幅度校正"
          description={result.problems.map((p) => p.message).join('；')}
        />
      ) : null}
    </Card>
  );
}
