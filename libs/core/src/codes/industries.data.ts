/**
 * GB/T 4754-2017 国民经济行业分类: the 20 门类 (sections, A–T) and their 97 大类 (divisions,
 * 01–97). The Chinese names are the standard's own and are what gets stored and searched; the
 * English names are display translations in ISIC wording, not normative text.
 */

export interface IndustryDivisionData {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
}

export interface IndustrySectionData extends IndustryDivisionData {
  readonly divisions: readonly IndustryDivisionData[];
}

export const INDUSTRY_SECTIONS: readonly IndustrySectionData[] = [
  {
    code: 'A',
    zh: '农、林、牧、渔业',
    en: 'Agriculture, Forestry, Animal Husbandry and Fishery',
    divisions: [
      { code: '01', zh: '农业', en: 'Agriculture' },
      { code: '02', zh: '林业', en: 'Forestry' },
      { code: '03', zh: '畜牧业', en: 'Animal Husbandry' },
      { code: '04', zh: '渔业', en: 'Fishery' },
      {
        code: '05',
        zh: '农、林、牧、渔专业及辅助性活动',
        en: 'Professional and Support Activities for Agriculture, Forestry, Animal Husbandry and Fishery',
      },
    ],
  },
  {
    code: 'B',
    zh: '采矿业',
    en: 'Mining',
    divisions: [
      { code: '06', zh: '煤炭开采和洗选业', en: 'Mining and Washing of Coal' },
      { code: '07', zh: '石油和天然气开采业', en: 'Extraction of Petroleum and Natural Gas' },
      { code: '08', zh: '黑色金属矿采选业', en: 'Mining and Processing of Ferrous Metal Ores' },
      { code: '09', zh: '有色金属矿采选业', en: 'Mining and Processing of Non-ferrous Metal Ores' },
      { code: '10', zh: '非金属矿采选业', en: 'Mining and Processing of Non-metallic Minerals' },
      { code: '11', zh: '开采专业及辅助性活动', en: 'Professional and Support Activities for Mining' },
      { code: '12', zh: '其他采矿业', en: 'Other Mining' },
    ],
  },
  {
    code: 'C',
    zh: '制造业',
    en: 'Manufacturing',
    divisions: [
      { code: '13', zh: '农副食品加工业', en: 'Processing of Food from Agricultural Products' },
      { code: '14', zh: '食品制造业', en: 'Manufacture of Foods' },
      { code: '15', zh: '酒、饮料和精制茶制造业', en: 'Manufacture of Liquor, Beverages and Refined Tea' },
      { code: '16', zh: '烟草制品业', en: 'Manufacture of Tobacco' },
      { code: '17', zh: '纺织业', en: 'Manufacture of Textiles' },
      { code: '18', zh: '纺织服装、服饰业', en: 'Manufacture of Textile Wearing Apparel and Accessories' },
      {
        code: '19',
        zh: '皮革、毛皮、羽毛及其制品和制鞋业',
        en: 'Manufacture of Leather, Fur, Feathers and Related Products and Footwear',
      },
      {
        code: '20',
        zh: '木材加工和木、竹、藤、棕、草制品业',
        en: 'Processing of Timber and Manufacture of Wood, Bamboo, Rattan, Palm and Straw Products',
      },
      { code: '21', zh: '家具制造业', en: 'Manufacture of Furniture' },
      { code: '22', zh: '造纸和纸制品业', en: 'Manufacture of Paper and Paper Products' },
      { code: '23', zh: '印刷和记录媒介复制业', en: 'Printing and Reproduction of Recording Media' },
      {
        code: '24',
        zh: '文教、工美、体育和娱乐用品制造业',
        en: 'Manufacture of Articles for Culture, Education, Arts and Crafts, Sport and Entertainment',
      },
      { code: '25', zh: '石油、煤炭及其他燃料加工业', en: 'Processing of Petroleum, Coal and Other Fuels' },
      {
        code: '26',
        zh: '化学原料和化学制品制造业',
        en: 'Manufacture of Raw Chemical Materials and Chemical Products',
      },
      { code: '27', zh: '医药制造业', en: 'Manufacture of Medicines' },
      { code: '28', zh: '化学纤维制造业', en: 'Manufacture of Chemical Fibres' },
      { code: '29', zh: '橡胶和塑料制品业', en: 'Manufacture of Rubber and Plastic Products' },
      { code: '30', zh: '非金属矿物制品业', en: 'Manufacture of Non-metallic Mineral Products' },
      { code: '31', zh: '黑色金属冶炼和压延加工业', en: 'Smelting and Pressing of Ferrous Metals' },
      { code: '32', zh: '有色金属冶炼和压延加工业', en: 'Smelting and Pressing of Non-ferrous Metals' },
      { code: '33', zh: '金属制品业', en: 'Manufacture of Metal Products' },
      { code: '34', zh: '通用设备制造业', en: 'Manufacture of General-purpose Machinery' },
      { code: '35', zh: '专用设备制造业', en: 'Manufacture of Special-purpose Machinery' },
      { code: '36', zh: '汽车制造业', en: 'Manufacture of Motor Vehicles' },
      {
        code: '37',
        zh: '铁路、船舶、航空航天和其他运输设备制造业',
        en: 'Manufacture of Railway, Ship, Aerospace and Other Transport Equipment',
      },
      { code: '38', zh: '电气机械和器材制造业', en: 'Manufacture of Electrical Machinery and Equipment' },
      {
        code: '39',
        zh: '计算机、通信和其他电子设备制造业',
        en: 'Manufacture of Computers, Communication and Other Electronic Equipment',
      },
      { code: '40', zh: '仪器仪表制造业', en: 'Manufacture of Measuring Instruments and Meters' },
      { code: '41', zh: '其他制造业', en: 'Other Manufacturing' },
      { code: '42', zh: '废弃资源综合利用业', en: 'Comprehensive Utilization of Waste Resources' },
      {
        code: '43',
        zh: '金属制品、机械和设备修理业',
        en: 'Repair of Metal Products, Machinery and Equipment',
      },
    ],
  },
  {
    code: 'D',
    zh: '电力、热力、燃气及水生产和供应业',
    en: 'Production and Supply of Electricity, Heat, Gas and Water',
    divisions: [
      { code: '44', zh: '电力、热力生产和供应业', en: 'Production and Supply of Electricity and Heat' },
      { code: '45', zh: '燃气生产和供应业', en: 'Production and Supply of Gas' },
      { code: '46', zh: '水的生产和供应业', en: 'Production and Supply of Water' },
    ],
  },
  {
    code: 'E',
    zh: '建筑业',
    en: 'Construction',
    divisions: [
      { code: '47', zh: '房屋建筑业', en: 'Construction of Buildings' },
      { code: '48', zh: '土木工程建筑业', en: 'Civil Engineering' },
      { code: '49', zh: '建筑安装业', en: 'Building Installation' },
      {
        code: '50',
        zh: '建筑装饰、装修和其他建筑业',
        en: 'Building Decoration, Renovation and Other Construction',
      },
    ],
  },
  {
    code: 'F',
    zh: '批发和零售业',
    en: 'Wholesale and Retail Trade',
    divisions: [
      { code: '51', zh: '批发业', en: 'Wholesale Trade' },
      { code: '52', zh: '零售业', en: 'Retail Trade' },
    ],
  },
  {
    code: 'G',
    zh: '交通运输、仓储和邮政业',
    en: 'Transport, Storage and Postal Services',
    divisions: [
      { code: '53', zh: '铁路运输业', en: 'Rail Transport' },
      { code: '54', zh: '道路运输业', en: 'Road Transport' },
      { code: '55', zh: '水上运输业', en: 'Water Transport' },
      { code: '56', zh: '航空运输业', en: 'Air Transport' },
      { code: '57', zh: '管道运输业', en: 'Pipeline Transport' },
      { code: '58', zh: '多式联运和运输代理业', en: 'Multimodal Transport and Transport Agency Services' },
      { code: '59', zh: '装卸搬运和仓储业', en: 'Cargo Handling and Warehousing' },
      { code: '60', zh: '邮政业', en: 'Postal Services' },
    ],
  },
  {
    code: 'H',
    zh: '住宿和餐饮业',
    en: 'Accommodation and Catering',
    divisions: [
      { code: '61', zh: '住宿业', en: 'Accommodation' },
      { code: '62', zh: '餐饮业', en: 'Catering' },
    ],
  },
  {
    code: 'I',
    zh: '信息传输、软件和信息技术服务业',
    en: 'Information Transmission, Software and Information Technology Services',
    divisions: [
      {
        code: '63',
        zh: '电信、广播电视和卫星传输服务',
        en: 'Telecommunications, Broadcasting and Satellite Transmission Services',
      },
      { code: '64', zh: '互联网和相关服务', en: 'Internet and Related Services' },
      { code: '65', zh: '软件和信息技术服务业', en: 'Software and Information Technology Services' },
    ],
  },
  {
    code: 'J',
    zh: '金融业',
    en: 'Finance',
    divisions: [
      { code: '66', zh: '货币金融服务', en: 'Monetary Financial Services' },
      { code: '67', zh: '资本市场服务', en: 'Capital Market Services' },
      { code: '68', zh: '保险业', en: 'Insurance' },
      { code: '69', zh: '其他金融业', en: 'Other Financial Services' },
    ],
  },
  {
    code: 'K',
    zh: '房地产业',
    en: 'Real Estate',
    divisions: [{ code: '70', zh: '房地产业', en: 'Real Estate' }],
  },
  {
    code: 'L',
    zh: '租赁和商务服务业',
    en: 'Leasing and Business Services',
    divisions: [
      { code: '71', zh: '租赁业', en: 'Leasing' },
      { code: '72', zh: '商务服务业', en: 'Business Services' },
    ],
  },
  {
    code: 'M',
    zh: '科学研究和技术服务业',
    en: 'Scientific Research and Technical Services',
    divisions: [
      { code: '73', zh: '研究和试验发展', en: 'Research and Experimental Development' },
      { code: '74', zh: '专业技术服务业', en: 'Professional Technical Services' },
      { code: '75', zh: '科技推广和应用服务业', en: 'Technology Promotion and Application Services' },
    ],
  },
  {
    code: 'N',
    zh: '水利、环境和公共设施管理业',
    en: 'Water Conservancy, Environment and Public Facilities Management',
    divisions: [
      { code: '76', zh: '水利管理业', en: 'Water Conservancy Management' },
      { code: '77', zh: '生态保护和环境治理业', en: 'Ecological Protection and Environmental Management' },
      { code: '78', zh: '公共设施管理业', en: 'Public Facilities Management' },
      { code: '79', zh: '土地管理业', en: 'Land Management' },
    ],
  },
  {
    code: 'O',
    zh: '居民服务、修理和其他服务业',
    en: 'Resident Services, Repair and Other Services',
    divisions: [
      { code: '80', zh: '居民服务业', en: 'Resident Services' },
      {
        code: '81',
        zh: '机动车、电子产品和日用产品修理业',
        en: 'Repair of Motor Vehicles, Electronic Products and Household Goods',
      },
      { code: '82', zh: '其他服务业', en: 'Other Services' },
    ],
  },
  {
    code: 'P',
    zh: '教育',
    en: 'Education',
    divisions: [{ code: '83', zh: '教育', en: 'Education' }],
  },
  {
    code: 'Q',
    zh: '卫生和社会工作',
    en: 'Health and Social Work',
    divisions: [
      { code: '84', zh: '卫生', en: 'Health' },
      { code: '85', zh: '社会工作', en: 'Social Work' },
    ],
  },
  {
    code: 'R',
    zh: '文化、体育和娱乐业',
    en: 'Culture, Sports and Entertainment',
    divisions: [
      { code: '86', zh: '新闻和出版业', en: 'News and Publishing' },
      {
        code: '87',
        zh: '广播、电视、电影和录音制作业',
        en: 'Radio, Television, Film and Sound Recording Production',
      },
      { code: '88', zh: '文化艺术业', en: 'Culture and Arts' },
      { code: '89', zh: '体育', en: 'Sports' },
      { code: '90', zh: '娱乐业', en: 'Entertainment' },
    ],
  },
  {
    code: 'S',
    zh: '公共管理、社会保障和社会组织',
    en: 'Public Management, Social Security and Social Organizations',
    divisions: [
      { code: '91', zh: '中国共产党机关', en: 'Organs of the Communist Party of China' },
      { code: '92', zh: '国家机构', en: 'State Organs' },
      { code: '93', zh: '人民政协、民主党派', en: 'CPPCC and Democratic Parties' },
      { code: '94', zh: '社会保障', en: 'Social Security' },
      {
        code: '95',
        zh: '群众团体、社会团体和其他成员组织',
        en: 'Mass Organizations, Social Organizations and Other Membership Organizations',
      },
      {
        code: '96',
        zh: '基层群众自治组织及其他组织',
        en: 'Grassroots Self-governing Organizations and Other Organizations',
      },
    ],
  },
  {
    code: 'T',
    zh: '国际组织',
    en: 'International Organizations',
    divisions: [{ code: '97', zh: '国际组织', en: 'International Organizations' }],
  },
];
