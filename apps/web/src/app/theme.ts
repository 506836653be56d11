import type { ThemeConfig } from 'antd';

/** A sober government blue; CJK system fonts first. */
export const BRAND_BLUE = '#1d4e89';
export const HEADER_BG = '#12345f';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: BRAND_BLUE,
    colorLink: BRAND_BLUE,
    borderRadius: 4,
    fontSize: 14,
    colorBgLayout: '#f3f5f8',
    fontFamily:
      '-apple-system, BlinkMacSystemFont, "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif',
  },
  components: {
    Layout: { headerBg: HEADER_BG, headerHeight: 56, headerPadding: '0 20px', siderBg: '#ffffff', bodyBg: '#f3f5f8' },
    Menu: { itemBorderRadius: 4, itemSelectedBg: '#e8eef7', itemSelectedColor: BRAND_BLUE },
    Table: { headerBg: '#f5f7fa' },
    Card: { headerFontSize: 16 },
  },
};
