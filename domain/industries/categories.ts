/**
 * The 39 certification industry categories (认证业务范围 39 大类, IAF/EA codes 01–39).
 * Seed 002 备注 names them as the industry dimension of the statistics; names per
 * 《管理体系认证业务范围分类手册（2016）》 (shared/reference/certification-industries.md).
 * Records are keyed on the two-digit code, never on the Chinese name.
 */
interface IndustryCategory {
  code: string;
  nameZh: string;
  nameEn: string;
}

const rows: ReadonlyArray<[string, string, string]> = [
  ['01', '农业、林业和渔业', 'Agriculture, forestry and fishing'],
  ['02', '采矿业和采石业', 'Mining and quarrying'],
  ['03', '食品、饮料和烟草', 'Food products, beverages and tobacco'],
  ['04', '纺织品及纺织制品', 'Textiles and textile products'],
  ['05', '皮革及皮革制品', 'Leather and leather products'],
  ['06', '木材及木制品', 'Wood and wood products'],
  ['07', '纸浆、纸及纸制品', 'Pulp, paper and paper products'],
  ['08', '出版业', 'Publishing companies'],
  ['09', '印刷业', 'Printing companies'],
  ['10', '焦炭及精炼石油制品的制造', 'Manufacture of coke and refined petroleum products'],
  ['11', '核燃料', 'Nuclear fuel'],
  ['12', '化学品、化学制品及纤维', 'Chemicals, chemical products and fibres'],
  ['13', '药品', 'Pharmaceuticals'],
  ['14', '橡胶和塑料制品', 'Rubber and plastic products'],
  ['15', '非金属矿物制品', 'Non-metallic mineral products'],
  ['16', '混凝土、水泥、石灰、石膏及其他', 'Concrete, cement, lime, plaster etc'],
  ['17', '基础金属及金属制品', 'Basic metals and fabricated metal products'],
  ['18', '机械及设备', 'Machinery and equipment'],
  ['19', '电和光学设备', 'Electrical and optical equipment'],
  ['20', '造船业', 'Shipbuilding'],
  ['21', '航空航天', 'Aerospace'],
  ['22', '其他运输设备', 'Other transport equipment'],
  ['23', '其他未另分类制造业', 'Manufacturing not elsewhere classified'],
  ['24', '回收业', 'Recycling'],
  ['25', '供电业', 'Electricity supply'],
  ['26', '供气业', 'Gas supply'],
  ['27', '供水业', 'Water supply'],
  ['28', '建设业', 'Construction'],
  [
    '29',
    '批发和零售业；汽车、摩托、个人及家庭用品修理业',
    'Wholesale and retail trade; repair of motor vehicles, motorcycles and personal and household goods',
  ],
  ['30', '宾馆及餐馆', 'Hotels and restaurants'],
  ['31', '运输、仓储和通信业', 'Transport, storage and communication'],
  ['32', '金融中介、房地产和租赁', 'Financial intermediation; real estate; renting'],
  ['33', '信息技术', 'Information technology'],
  ['34', '工程服务', 'Engineering services'],
  ['35', '其他服务', 'Other services'],
  ['36', '公共行政管理', 'Public administration'],
  ['37', '教育', 'Education'],
  ['38', '健康和社会工作', 'Health and social work'],
  ['39', '其他社会服务', 'Other social services'],
];

export const INDUSTRY_CATEGORIES: ReadonlyArray<IndustryCategory> = rows.map(([code, nameZh, nameEn]) => ({
  code,
  nameZh,
  nameEn,
}));

const byCode = new Map(INDUSTRY_CATEGORIES.map((c) => [c.code, c]));

export function findIndustryCategory(code: string): IndustryCategory | undefined {
  return byCode.get(code);
}

export function isIndustryCategoryCode(code: string): boolean {
  return byCode.has(code);
}
