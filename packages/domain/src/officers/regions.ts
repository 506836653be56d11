/**
 * Names of the GB/T 2260 administrative-division codes a certificate's 执法区域 uses in Jiangsu (the province, its 13
 * cities, Nanjing's districts — the demo bureau's). A code outside the table is shown as written: the register stores
 * codes, and a wrong name would be worse than a code.
 */
const JIANGSU: Readonly<Record<string, string>> = {
  '320000': '江苏省',
  '320100': '南京市',
  '320102': '南京市玄武区',
  '320104': '南京市秦淮区',
  '320105': '南京市建邺区',
  '320106': '南京市鼓楼区',
  '320111': '南京市浦口区',
  '320113': '南京市栖霞区',
  '320114': '南京市雨花台区',
  '320115': '南京市江宁区',
  '320116': '南京市六合区',
  '320117': '南京市溧水区',
  '320118': '南京市高淳区',
  '320200': '无锡市',
  '320300': '徐州市',
  '320400': '常州市',
  '320500': '苏州市',
  '320600': '南通市',
  '320700': '连云港市',
  '320800': '淮安市',
  '320900': '盐城市',
  '321000': '扬州市',
  '321100': '镇江市',
  '321200': '泰州市',
  '321300': '宿迁市',
};

/** '320100' → '南京市'; an unknown code or a label already in words comes back unchanged. */
export function regionLabel(area: string): string {
  return JIANGSU[area.trim()] ?? area;
}
