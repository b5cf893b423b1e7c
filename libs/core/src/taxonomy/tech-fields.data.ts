/**
 * The project's technology-field taxonomy (技术领域): eleven top fields and their subfields. The top fields
 * follow the nine 大类 of 战略性新兴产业分类 (2018), with its 相关服务业 widened into 现代服务与其他 and a
 * 现代农业与食品 field added, because many demands on the platform come from agriculture and food
 * enterprises that the 2018 classification does not cover, and 建筑与基础设施 (issue 15): roads,
 * bridges and building materials (磷石膏 road bases, 干混砂浆) are a large share of 难题榜 demands and
 * of the investors who fund them, and otherwise land in unrelated fields. Subfields are the groupings people actually
 * post under, not the classification's 中类/小类, which are too fine and too product-centred for matching.
 *
 * Codes are mnemonic ASCII ('EV-BATTERY') rather than the classification's numbers so that they read well in
 * URLs, logs and facet filters, and because this tree is not the classification's tree.
 *
 * NEVER rename or reuse a code: codes are stored on demands, experts, achievements and saved searches, and
 * are indexed as search facets. To retire a field, keep its code and map it in a migration; to rename a
 * field, change only `zh`/`en`.
 *
 * `keywords` are representative terms, 3–8 per language, that postings in the field typically use. Search
 * and matching read them to suggest a field for free text and to explain matches; they are not synonyms
 * (those belong in the search thesaurus), so each term should point clearly at its own field.
 */

/** The bilingual keyword lists of one field. */
export interface TechFieldKeywords {
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/** A subfield: code is its top field's code, a hyphen and an uppercase slug. */
export interface TechSubfieldData {
  readonly code: string;
  readonly zh: string;
  readonly en: string;
  readonly keywords: TechFieldKeywords;
}

/** A top field: a two-letter uppercase code and its subfields, in display order. */
export interface TechFieldData extends TechSubfieldData {
  readonly subfields: readonly TechSubfieldData[];
}

export const TECH_FIELDS: readonly TechFieldData[] = [
  {
    code: 'IT',
    zh: '新一代信息技术',
    en: 'Next-Generation Information Technology',
    keywords: {
      zh: ['信息技术', '电子信息', '数字经济', '软件', '信创'],
      en: ['information technology', 'electronics', 'digital economy', 'software'],
    },
    subfields: [
      {
        code: 'IT-IC',
        zh: '集成电路',
        en: 'Integrated Circuits',
        keywords: {
          zh: ['芯片', '集成电路设计', '晶圆制造', '封装测试', 'EDA', '光刻'],
          en: ['chip', 'integrated circuit design', 'wafer fabrication', 'IC packaging and testing', 'EDA'],
        },
      },
      {
        code: 'IT-AI',
        zh: '人工智能',
        en: 'Artificial Intelligence',
        keywords: {
          zh: ['机器学习', '深度学习', '大模型', '自然语言处理', '知识图谱', '语音识别'],
          en: [
            'machine learning',
            'deep learning',
            'large language model',
            'natural language processing',
            'knowledge graph',
            'speech recognition',
          ],
        },
      },
      {
        code: 'IT-INDSOFT',
        zh: '工业软件',
        en: 'Industrial Software',
        keywords: {
          zh: ['CAD', 'CAE', 'MES', 'PLM', '仿真软件', '数字孪生'],
          en: ['CAD', 'CAE', 'manufacturing execution system', 'PLM', 'simulation software', 'digital twin'],
        },
      },
      {
        code: 'IT-BASESOFT',
        zh: '基础软件',
        en: 'Foundational Software',
        keywords: {
          zh: ['操作系统', '数据库', '中间件', '编译器', '开源软件'],
          en: ['operating system', 'database', 'middleware', 'compiler', 'open-source software'],
        },
      },
      {
        code: 'IT-IIOT',
        zh: '工业互联网',
        en: 'Industrial Internet',
        keywords: {
          zh: ['工业互联网平台', '设备联网', '标识解析', '边缘计算', '预测性维护'],
          en: [
            'industrial internet platform',
            'industrial IoT',
            'edge computing',
            'predictive maintenance',
            'identifier resolution',
          ],
        },
      },
      {
        code: 'IT-CLOUD',
        zh: '大数据与云计算',
        en: 'Big Data and Cloud Computing',
        keywords: {
          zh: ['大数据', '云计算', '数据中心', '数据治理', '分布式存储', '算力'],
          en: [
            'big data',
            'cloud computing',
            'data center',
            'data governance',
            'distributed storage',
            'computing power',
          ],
        },
      },
      {
        code: 'IT-NETWORK',
        zh: '网络与通信',
        en: 'Networks and Communications',
        keywords: {
          zh: ['5G', '6G', '光通信', '无线通信', '通信模组', '射频'],
          en: ['5G', '6G', 'optical communication', 'wireless communication', 'communication module', 'RF'],
        },
      },
      {
        code: 'IT-SECURITY',
        zh: '信息安全',
        en: 'Information Security',
        keywords: {
          zh: ['网络安全', '数据安全', '密码技术', '隐私计算', '工控安全'],
          en: [
            'cybersecurity',
            'data security',
            'cryptography',
            'privacy-preserving computation',
            'industrial control system security',
          ],
        },
      },
      {
        code: 'IT-VISION',
        zh: '机器视觉',
        en: 'Machine Vision',
        keywords: {
          zh: ['视觉检测', '图像识别', '缺陷检测', '工业相机', '三维视觉'],
          en: [
            'visual inspection',
            'image recognition',
            'defect detection',
            'industrial camera',
            '3D vision',
          ],
        },
      },
      {
        code: 'IT-IOT',
        zh: '物联网与传感器',
        en: 'Internet of Things and Sensors',
        keywords: {
          zh: ['物联网', '传感器', 'MEMS', 'RFID', '无线传感网络', '智能终端'],
          en: ['internet of things', 'sensor', 'MEMS', 'RFID', 'wireless sensor network', 'smart device'],
        },
      },
      {
        code: 'IT-BLOCKCHAIN',
        zh: '区块链',
        en: 'Blockchain',
        keywords: {
          zh: ['分布式账本', '智能合约', '联盟链', '数字身份', '区块链溯源'],
          en: [
            'distributed ledger',
            'smart contract',
            'consortium blockchain',
            'digital identity',
            'blockchain traceability',
          ],
        },
      },
      {
        code: 'IT-DISPLAY',
        zh: '新型显示',
        en: 'Advanced Displays',
        keywords: {
          zh: ['OLED', 'Micro LED', 'Mini LED', '液晶显示', '柔性显示'],
          en: ['OLED', 'Micro LED', 'Mini LED', 'liquid crystal display', 'flexible display'],
        },
      },
    ],
  },
  {
    code: 'EQ',
    zh: '高端装备制造',
    en: 'High-End Equipment Manufacturing',
    keywords: {
      zh: ['高端装备', '装备制造', '智能装备', '重大技术装备'],
      en: ['high-end equipment', 'equipment manufacturing', 'intelligent equipment', 'major equipment'],
    },
    subfields: [
      {
        code: 'EQ-SMART',
        zh: '智能制造装备',
        en: 'Intelligent Manufacturing Equipment',
        keywords: {
          zh: ['智能制造', '智能产线', '数字化车间', '智能工厂', '自动化装备', 'PLC'],
          en: [
            'intelligent manufacturing',
            'smart production line',
            'digital workshop',
            'smart factory',
            'automation equipment',
            'PLC',
          ],
        },
      },
      {
        code: 'EQ-ROBOT',
        zh: '工业机器人',
        en: 'Industrial Robots',
        keywords: {
          zh: ['机械臂', '协作机器人', '精密减速器', '伺服系统', '移动机器人', 'AGV'],
          en: [
            'robot arm',
            'collaborative robot',
            'precision reducer',
            'servo system',
            'mobile robot',
            'AGV',
          ],
        },
      },
      {
        code: 'EQ-CNC',
        zh: '数控机床',
        en: 'CNC Machine Tools',
        keywords: {
          zh: ['数控系统', '加工中心', '五轴联动', '精密加工', '数控磨床'],
          en: ['CNC system', 'machining center', 'five-axis machining', 'precision machining', 'CNC grinder'],
        },
      },
      {
        code: 'EQ-AM',
        zh: '增材制造（3D打印）',
        en: 'Additive Manufacturing (3D Printing)',
        keywords: {
          zh: ['3D打印', '增材制造', '金属3D打印', '选区激光熔化', '激光熔覆'],
          en: ['3D printing', 'additive manufacturing', 'metal 3D printing', 'selective laser melting'],
        },
      },
      {
        code: 'EQ-AVIATION',
        zh: '航空装备',
        en: 'Aviation Equipment',
        keywords: {
          zh: ['航空发动机', '无人机', '通用航空', '机载设备', '低空经济'],
          en: ['aero engine', 'unmanned aerial vehicle', 'general aviation', 'airborne equipment', 'eVTOL'],
        },
      },
      {
        code: 'EQ-SATELLITE',
        zh: '卫星及应用',
        en: 'Satellites and Applications',
        keywords: {
          zh: ['卫星导航', '北斗', '卫星遥感', '卫星互联网', '商业航天'],
          en: [
            'satellite navigation',
            'BeiDou',
            'satellite remote sensing',
            'satellite internet',
            'commercial space',
          ],
        },
      },
      {
        code: 'EQ-RAIL',
        zh: '轨道交通装备',
        en: 'Rail Transit Equipment',
        keywords: {
          zh: ['高速列车', '城市轨道交通', '牵引系统', '列控系统', '轨道车辆'],
          en: [
            'high-speed train',
            'urban rail transit',
            'traction system',
            'train control system',
            'rolling stock',
          ],
        },
      },
      {
        code: 'EQ-MARINE',
        zh: '海洋工程装备',
        en: 'Marine Engineering Equipment',
        keywords: {
          zh: ['海洋平台', '深海装备', '高技术船舶', '水下机器人', '海洋工程'],
          en: [
            'offshore platform',
            'deep-sea equipment',
            'high-tech ship',
            'underwater robot',
            'offshore engineering',
          ],
        },
      },
      {
        code: 'EQ-INSTRUMENT',
        zh: '精密仪器仪表',
        en: 'Precision Instruments',
        keywords: {
          zh: ['科学仪器', '分析仪器', '光谱仪', '测量仪器', '计量器具'],
          en: ['scientific instrument', 'analytical instrument', 'spectrometer', 'measuring instrument'],
        },
      },
      {
        code: 'EQ-PARTS',
        zh: '核心基础零部件',
        en: 'Core Mechanical Components',
        keywords: {
          zh: ['高端轴承', '液压件', '齿轮', '密封件', '模具', '紧固件'],
          en: ['high-end bearing', 'hydraulic component', 'gear', 'seal', 'mould', 'fastener'],
        },
      },
    ],
  },
  {
    code: 'MA',
    zh: '新材料',
    en: 'New Materials',
    keywords: {
      zh: ['新材料', '先进材料', '材料研发', '关键材料'],
      en: ['new materials', 'advanced materials', 'materials research', 'key materials'],
    },
    subfields: [
      {
        code: 'MA-STEEL',
        zh: '先进钢铁材料',
        en: 'Advanced Steel Materials',
        keywords: {
          zh: ['高强钢', '特种钢', '不锈钢', '耐热钢', '硅钢'],
          en: [
            'high-strength steel',
            'special steel',
            'stainless steel',
            'heat-resistant steel',
            'electrical steel',
          ],
        },
      },
      {
        code: 'MA-NONFERROUS',
        zh: '先进有色金属材料',
        en: 'Advanced Non-Ferrous Metal Materials',
        keywords: {
          zh: ['铝合金', '钛合金', '镁合金', '铜合金', '高温合金'],
          en: ['aluminium alloy', 'titanium alloy', 'magnesium alloy', 'copper alloy', 'superalloy'],
        },
      },
      {
        code: 'MA-CHEMICAL',
        zh: '先进化工材料',
        en: 'Advanced Chemical Materials',
        keywords: {
          zh: ['工程塑料', '特种橡胶', '膜材料', '可降解塑料', '功能涂料', '胶粘剂'],
          en: [
            'engineering plastic',
            'specialty rubber',
            'membrane material',
            'biodegradable plastic',
            'functional coating',
            'adhesive',
          ],
        },
      },
      {
        code: 'MA-INORGANIC',
        zh: '先进无机非金属材料',
        en: 'Advanced Inorganic Non-Metallic Materials',
        keywords: {
          zh: ['特种陶瓷', '特种玻璃', '人工晶体', '耐火材料', '先进陶瓷'],
          en: [
            'specialty ceramics',
            'specialty glass',
            'synthetic crystal',
            'refractory material',
            'advanced ceramics',
          ],
        },
      },
      {
        code: 'MA-COMPOSITE',
        zh: '高性能纤维及复合材料',
        en: 'High-Performance Fibres and Composites',
        keywords: {
          zh: ['碳纤维', '芳纶', '玻璃纤维', '复合材料', '超高分子量聚乙烯纤维'],
          en: ['carbon fiber', 'aramid fiber', 'glass fiber', 'composite material', 'UHMWPE fiber'],
        },
      },
      {
        code: 'MA-GRAPHENE',
        zh: '石墨烯及前沿新材料',
        en: 'Graphene and Frontier Materials',
        keywords: {
          zh: ['石墨烯', '纳米材料', '超导材料', '智能材料', '液态金属', '超材料'],
          en: [
            'graphene',
            'nanomaterial',
            'superconducting material',
            'smart material',
            'liquid metal',
            'metamaterial',
          ],
        },
      },
      {
        code: 'MA-RAREEARTH',
        zh: '稀土功能材料',
        en: 'Rare-Earth Functional Materials',
        keywords: {
          zh: ['稀土永磁', '钕铁硼', '稀土发光材料', '稀土催化材料', '稀土储氢材料'],
          en: ['rare-earth permanent magnet', 'NdFeB magnet', 'rare-earth phosphor', 'rare-earth catalyst'],
        },
      },
      {
        code: 'MA-ELECTRONIC',
        zh: '电子与半导体材料',
        en: 'Electronic and Semiconductor Materials',
        keywords: {
          zh: ['硅片', '第三代半导体', '碳化硅', '氮化镓', '光刻胶', '电子特气', '溅射靶材'],
          en: [
            'silicon wafer',
            'wide-bandgap semiconductor',
            'silicon carbide',
            'gallium nitride',
            'photoresist',
            'electronic specialty gas',
            'sputtering target',
          ],
        },
      },
    ],
  },
  {
    code: 'BI',
    zh: '生物',
    en: 'Biotechnology',
    keywords: {
      zh: ['生物技术', '生物产业', '生命科学', '大健康'],
      en: ['biotechnology', 'bioindustry', 'life sciences', 'health'],
    },
    subfields: [
      {
        code: 'BI-PHARMA',
        zh: '生物医药',
        en: 'Biopharmaceuticals',
        keywords: {
          zh: ['创新药', '抗体药物', '疫苗', '细胞治疗', '基因治疗', '药物制剂'],
          en: [
            'innovative drug',
            'antibody drug',
            'vaccine',
            'cell therapy',
            'gene therapy',
            'drug formulation',
          ],
        },
      },
      {
        code: 'BI-TCM',
        zh: '现代中药',
        en: 'Modern Traditional Chinese Medicine',
        keywords: {
          zh: ['中药', '中药材', '中药新药', '经典名方', '中药配方颗粒'],
          en: [
            'traditional Chinese medicine',
            'Chinese herbal medicine',
            'TCM drug development',
            'TCM granules',
          ],
        },
      },
      {
        code: 'BI-DEVICE',
        zh: '医疗器械',
        en: 'Medical Devices',
        keywords: {
          zh: ['医学影像设备', '体外诊断', '植介入器械', '康复器械', '手术机器人', '可穿戴医疗设备'],
          en: [
            'medical imaging equipment',
            'in vitro diagnostics',
            'implantable device',
            'rehabilitation device',
            'surgical robot',
            'wearable medical device',
          ],
        },
      },
      {
        code: 'BI-AGRI',
        zh: '生物农业',
        en: 'Agricultural Biotechnology',
        keywords: {
          zh: ['生物农药', '生物肥料', '兽用疫苗', '饲料添加剂', '微生物制剂'],
          en: ['biopesticide', 'biofertilizer', 'veterinary vaccine', 'feed additive', 'microbial agent'],
        },
      },
      {
        code: 'BI-MANUFACTURING',
        zh: '生物制造',
        en: 'Biomanufacturing',
        keywords: {
          zh: ['合成生物学', '发酵工程', '酶工程', '生物基材料', '生物催化'],
          en: [
            'synthetic biology',
            'fermentation engineering',
            'enzyme engineering',
            'bio-based material',
            'biocatalysis',
          ],
        },
      },
      {
        code: 'BI-BREEDING',
        zh: '生物育种',
        en: 'Biological Breeding',
        keywords: {
          zh: ['基因编辑', '分子育种', '种质资源', '转基因', '良种繁育'],
          en: [
            'gene editing',
            'molecular breeding',
            'germplasm resources',
            'genetically modified crop',
            'seed breeding',
          ],
        },
      },
    ],
  },
  {
    code: 'EV',
    zh: '新能源汽车',
    en: 'New Energy Vehicles',
    keywords: {
      zh: ['新能源汽车', '电动汽车', '纯电动', '插电式混合动力', '汽车电子'],
      en: ['new energy vehicle', 'electric vehicle', 'battery electric vehicle', 'plug-in hybrid'],
    },
    subfields: [
      {
        code: 'EV-BATTERY',
        zh: '动力电池',
        en: 'Traction Batteries',
        keywords: {
          zh: ['锂离子电池', '锂电池', '固态电池', '正极材料', '负极材料', '电池管理系统', '电池回收'],
          en: [
            'lithium-ion battery',
            'solid-state battery',
            'cathode material',
            'anode material',
            'battery management system',
            'battery recycling',
          ],
        },
      },
      {
        code: 'EV-MOTOR',
        zh: '驱动电机与电控',
        en: 'Drive Motors and Controllers',
        keywords: {
          zh: ['驱动电机', '电机控制器', '电驱动系统', 'IGBT', '永磁同步电机'],
          en: [
            'traction motor',
            'motor controller',
            'electric drive system',
            'IGBT',
            'permanent magnet synchronous motor',
          ],
        },
      },
      {
        code: 'EV-FUELCELL',
        zh: '燃料电池',
        en: 'Fuel Cells',
        keywords: {
          zh: ['氢燃料电池', '电堆', '膜电极', '质子交换膜', '双极板', '车载储氢'],
          en: [
            'hydrogen fuel cell',
            'fuel cell stack',
            'membrane electrode assembly',
            'proton exchange membrane',
            'bipolar plate',
          ],
        },
      },
      {
        code: 'EV-ICV',
        zh: '智能网联汽车',
        en: 'Intelligent Connected Vehicles',
        keywords: {
          zh: ['自动驾驶', '车联网', '激光雷达', '车规级芯片', '智能座舱', 'V2X'],
          en: [
            'autonomous driving',
            'connected vehicle',
            'lidar',
            'automotive-grade chip',
            'smart cockpit',
            'V2X',
          ],
        },
      },
      {
        code: 'EV-CHARGING',
        zh: '充换电设施',
        en: 'Charging and Battery Swapping',
        keywords: {
          zh: ['充电桩', '换电站', '快充', '无线充电', '车网互动'],
          en: [
            'charging pile',
            'battery swapping station',
            'fast charging',
            'wireless charging',
            'vehicle-to-grid',
          ],
        },
      },
    ],
  },
  {
    code: 'NE',
    zh: '新能源',
    en: 'New Energy',
    keywords: {
      zh: ['新能源', '可再生能源', '清洁能源', '新型电力系统'],
      en: ['new energy', 'renewable energy', 'clean energy', 'new power system'],
    },
    subfields: [
      {
        code: 'NE-PV',
        zh: '光伏',
        en: 'Photovoltaics',
        keywords: {
          zh: ['太阳能电池', '光伏组件', '钙钛矿', '异质结', '光伏逆变器', '分布式光伏'],
          en: [
            'solar cell',
            'PV module',
            'perovskite solar cell',
            'heterojunction',
            'PV inverter',
            'distributed photovoltaics',
          ],
        },
      },
      {
        code: 'NE-WIND',
        zh: '风电',
        en: 'Wind Power',
        keywords: {
          zh: ['风力发电机组', '海上风电', '风电叶片', '风电运维'],
          en: ['wind turbine', 'offshore wind', 'wind turbine blade', 'wind farm operation and maintenance'],
        },
      },
      {
        code: 'NE-STORAGE',
        zh: '储能',
        en: 'Energy Storage',
        keywords: {
          zh: ['电化学储能', '抽水蓄能', '压缩空气储能', '液流电池', '钠离子电池', '储能变流器'],
          en: [
            'electrochemical energy storage',
            'pumped hydro storage',
            'compressed air energy storage',
            'flow battery',
            'sodium-ion battery',
            'power conversion system',
          ],
        },
      },
      {
        code: 'NE-HYDROGEN',
        zh: '氢能',
        en: 'Hydrogen Energy',
        keywords: {
          zh: ['制氢', '电解水制氢', '储氢', '加氢站', '绿氢'],
          en: [
            'hydrogen production',
            'water electrolysis',
            'hydrogen storage',
            'hydrogen refueling station',
            'green hydrogen',
          ],
        },
      },
      {
        code: 'NE-NUCLEAR',
        zh: '核电',
        en: 'Nuclear Power',
        keywords: {
          zh: ['核电站', '小型模块化反应堆', '核燃料', '核安全', '核聚变'],
          en: [
            'nuclear power plant',
            'small modular reactor',
            'nuclear fuel',
            'nuclear safety',
            'nuclear fusion',
          ],
        },
      },
      {
        code: 'NE-BIOMASS',
        zh: '生物质能',
        en: 'Biomass Energy',
        keywords: {
          zh: ['生物质发电', '生物燃料', '沼气', '生物柴油', '生物质成型燃料'],
          en: ['biomass power', 'biofuel', 'biogas', 'biodiesel', 'biomass pellet'],
        },
      },
      {
        code: 'NE-GRID',
        zh: '智能电网',
        en: 'Smart Grid',
        keywords: {
          zh: ['智能电网', '特高压', '微电网', '虚拟电厂', '配电自动化', '需求响应'],
          en: [
            'smart grid',
            'ultra-high voltage',
            'microgrid',
            'virtual power plant',
            'distribution automation',
            'demand response',
          ],
        },
      },
    ],
  },
  {
    code: 'EP',
    zh: '节能环保',
    en: 'Energy Conservation and Environmental Protection',
    keywords: {
      zh: ['节能环保', '环境保护', '绿色低碳', '双碳'],
      en: [
        'energy conservation',
        'environmental protection',
        'green and low-carbon',
        'carbon peaking and neutrality',
      ],
    },
    subfields: [
      {
        code: 'EP-EFFICIENCY',
        zh: '节能技术',
        en: 'Energy Efficiency',
        keywords: {
          zh: ['余热回收', '高效电机', '节能改造', '合同能源管理', '热泵', '能源管理系统'],
          en: [
            'waste heat recovery',
            'high-efficiency motor',
            'energy-saving retrofit',
            'energy performance contracting',
            'heat pump',
            'energy management system',
          ],
        },
      },
      {
        code: 'EP-AIR',
        zh: '大气污染治理',
        en: 'Air Pollution Control',
        keywords: {
          zh: ['大气污染控制', '脱硫脱硝', '除尘', 'VOCs治理', '烟气治理', '超低排放'],
          en: [
            'desulfurization and denitrification',
            'dust removal',
            'VOC abatement',
            'flue gas treatment',
            'ultra-low emission',
          ],
        },
      },
      {
        code: 'EP-WATER',
        zh: '水污染治理',
        en: 'Water Pollution Control',
        keywords: {
          zh: ['水污染控制', '污水处理', '工业废水', '膜分离', '污泥处理', '黑臭水体治理'],
          en: [
            'wastewater treatment',
            'industrial wastewater',
            'membrane separation',
            'sludge treatment',
            'water treatment',
          ],
        },
      },
      {
        code: 'EP-WASTE',
        zh: '固废处理与资源化',
        en: 'Solid Waste Treatment and Recycling',
        keywords: {
          zh: ['固体废物', '危险废物', '垃圾焚烧', '资源综合利用', '再生资源', '尾矿利用'],
          en: [
            'solid waste',
            'hazardous waste',
            'waste incineration',
            'resource recovery',
            'recycled materials',
            'tailings utilization',
          ],
        },
      },
      {
        code: 'EP-SOIL',
        zh: '土壤与生态修复',
        en: 'Soil and Ecological Remediation',
        keywords: {
          zh: ['土壤修复', '污染场地', '重金属污染', '生态修复', '矿山修复'],
          en: [
            'soil remediation',
            'contaminated site',
            'heavy metal pollution',
            'ecological restoration',
            'mine reclamation',
          ],
        },
      },
      {
        code: 'EP-MONITOR',
        zh: '环境监测',
        en: 'Environmental Monitoring',
        keywords: {
          zh: ['环境监测仪器', '在线监测', '水质监测', '空气质量监测', '污染源监测'],
          en: [
            'environmental monitoring instrument',
            'online monitoring',
            'water quality monitoring',
            'air quality monitoring',
            'pollution source monitoring',
          ],
        },
      },
      {
        code: 'EP-CCUS',
        zh: '碳捕集利用与封存',
        en: 'Carbon Capture, Utilization and Storage',
        keywords: {
          zh: ['CCUS', '碳捕集', '二氧化碳利用', '碳封存', '碳排放核算'],
          en: ['CCUS', 'carbon capture', 'CO2 utilization', 'carbon storage', 'carbon accounting'],
        },
      },
    ],
  },
  {
    code: 'DC',
    zh: '数字创意',
    en: 'Digital Creative Industry',
    keywords: {
      zh: ['数字创意', '文化科技', '数字文化'],
      en: ['digital creative', 'culture and technology', 'digital culture'],
    },
    subfields: [
      {
        code: 'DC-CONTENT',
        zh: '数字内容',
        en: 'Digital Content',
        keywords: {
          zh: ['数字媒体', '动漫游戏', '网络视听', '数字出版', '数字文旅'],
          en: [
            'digital media',
            'animation and games',
            'online audiovisual',
            'digital publishing',
            'digital tourism',
          ],
        },
      },
      {
        code: 'DC-XR',
        zh: '虚拟现实与增强现实',
        en: 'Virtual and Augmented Reality',
        keywords: {
          zh: ['虚拟现实', '增强现实', '混合现实', '元宇宙', '数字人', '头戴显示设备'],
          en: [
            'virtual reality',
            'augmented reality',
            'mixed reality',
            'metaverse',
            'digital human',
            'head-mounted display',
          ],
        },
      },
      {
        code: 'DC-UHD',
        zh: '超高清视频',
        en: 'Ultra-High-Definition Video',
        keywords: {
          zh: ['超高清', '4K', '8K', '视频编解码', '影视特效'],
          en: ['ultra-high definition', '4K', '8K', 'video coding', 'visual effects'],
        },
      },
    ],
  },
  {
    code: 'AG',
    zh: '现代农业与食品',
    en: 'Modern Agriculture and Food',
    keywords: {
      zh: ['现代农业', '农业科技', '食品工业', '乡村振兴'],
      en: ['modern agriculture', 'agricultural technology', 'food industry', 'rural revitalization'],
    },
    subfields: [
      {
        code: 'AG-SMART',
        zh: '智慧农业',
        en: 'Smart Agriculture',
        keywords: {
          zh: ['精准农业', '农业物联网', '植保无人机', '设施农业', '农业大数据'],
          en: [
            'precision agriculture',
            'agricultural IoT',
            'crop-spraying drone',
            'protected agriculture',
            'agricultural big data',
          ],
        },
      },
      {
        code: 'AG-MACHINERY',
        zh: '农业机械装备',
        en: 'Agricultural Machinery',
        keywords: {
          zh: ['农机装备', '智能农机', '收获机械', '拖拉机', '农产品初加工机械'],
          en: [
            'farm machinery',
            'intelligent farm machinery',
            'harvester',
            'tractor',
            'post-harvest processing equipment',
          ],
        },
      },
      {
        code: 'AG-LIVESTOCK',
        zh: '畜牧与水产养殖',
        en: 'Livestock and Aquaculture',
        keywords: {
          zh: ['智慧养殖', '水产养殖', '动物疫病防控', '饲料', '畜禽粪污资源化'],
          en: [
            'smart livestock farming',
            'aquaculture',
            'animal disease control',
            'animal feed',
            'livestock manure recycling',
          ],
        },
      },
      {
        code: 'AG-FOOD',
        zh: '食品加工与安全',
        en: 'Food Processing and Safety',
        keywords: {
          zh: ['食品加工', '食品安全检测', '冷链物流', '食品保鲜', '功能食品'],
          en: [
            'food processing',
            'food safety testing',
            'cold chain logistics',
            'food preservation',
            'functional food',
          ],
        },
      },
    ],
  },
  {
    code: 'CI',
    zh: '建筑与基础设施',
    en: 'Construction and Infrastructure',
    keywords: {
      zh: ['建筑业', '基础设施', '土木工程', '工程建设'],
      en: ['construction industry', 'infrastructure', 'civil engineering', 'engineering construction'],
    },
    subfields: [
      {
        code: 'CI-ROAD',
        zh: '道路与交通基础设施',
        en: 'Roads and Transport Infrastructure',
        keywords: {
          zh: ['公路', '道路工程', '路面', '路基', '沥青路面', '路面修补'],
          en: ['highway', 'road engineering', 'pavement', 'roadbed', 'asphalt pavement', 'pavement repair'],
        },
      },
      {
        code: 'CI-BRIDGE',
        zh: '桥梁与隧道',
        en: 'Bridges and Tunnels',
        keywords: {
          zh: ['桥梁', '隧道', '斜拉索', '桥梁检测', '结构健康监测'],
          en: ['bridge', 'tunnel', 'stay cable', 'bridge inspection', 'structural health monitoring'],
        },
      },
      {
        code: 'CI-MATERIAL',
        zh: '建筑材料',
        en: 'Building Materials',
        keywords: {
          zh: ['建材', '水泥', '混凝土', '干混砂浆', '磷石膏', '固废建材', '装配式构件'],
          en: [
            'building materials',
            'cement',
            'concrete',
            'dry-mix mortar',
            'phosphogypsum',
            'precast components',
          ],
        },
      },
      {
        code: 'CI-BUILDING',
        zh: '建筑工程与施工',
        en: 'Building Engineering and Construction',
        keywords: {
          zh: ['建筑施工', '装配式建筑', '建筑装饰', '绿色建筑', '智能建造'],
          en: [
            'building construction',
            'prefabricated building',
            'building decoration',
            'green building',
            'intelligent construction',
          ],
        },
      },
    ],
  },
  {
    code: 'SV',
    zh: '现代服务与其他',
    en: 'Modern Services and Other',
    keywords: {
      zh: ['科技服务', '科技服务业', '生产性服务业'],
      en: ['technology services', 'science and technology services', 'producer services'],
    },
    subfields: [
      {
        code: 'SV-TESTING',
        zh: '检验检测认证',
        en: 'Testing, Inspection and Certification',
        keywords: {
          zh: ['检验检测', '第三方检测', '认证认可', '计量校准', '失效分析'],
          en: [
            'testing and inspection',
            'third-party testing',
            'certification',
            'calibration',
            'failure analysis',
          ],
        },
      },
      {
        code: 'SV-RD',
        zh: '研发与中试服务',
        en: 'R&D and Pilot-Scale Services',
        keywords: {
          zh: ['研发外包', '中试', '概念验证', '技术咨询', '合同研发'],
          en: [
            'R&D outsourcing',
            'pilot-scale testing',
            'proof of concept',
            'technical consulting',
            'contract research',
          ],
        },
      },
      {
        code: 'SV-TRANSFER',
        zh: '技术转移服务',
        en: 'Technology Transfer Services',
        keywords: {
          zh: ['技术转移', '成果转化', '知识产权运营', '专利运营', '技术评估', '技术经纪'],
          en: [
            'technology transfer',
            'commercialization of research results',
            'IP management',
            'patent licensing',
            'technology valuation',
            'technology brokerage',
          ],
        },
      },
      {
        code: 'SV-DESIGN',
        zh: '工业设计',
        en: 'Industrial Design',
        keywords: {
          zh: ['产品设计', '外观设计', '结构设计', '人机工程', '用户体验设计'],
          en: [
            'product design',
            'appearance design',
            'structural design',
            'ergonomics',
            'user experience design',
          ],
        },
      },
    ],
  },
];

/**
 * Subfields of different top fields that work on the same things (see-also links): 环境监测 is done with
 * 精密仪器仪表, 动力电池 and 储能 are the same cells, 燃料电池 runs on 氢能. The tree alone puts them as far
 * apart as 中药 and 光伏; matching counts a related pair as close as a shared top field, and retrieves
 * across the link. Each pair is symmetric and names a practice both fields share, for the whole taxonomy
 * rather than for any posting; codes only, so renaming a field's name changes nothing here.
 */
export const RELATED_TECH_FIELDS: readonly (readonly [string, string])[] = [
  // Sensing, measurement and testing.
  ['EP-MONITOR', 'EQ-INSTRUMENT'],
  ['EP-MONITOR', 'IT-IOT'],
  ['EP-MONITOR', 'SV-TESTING'],
  ['EQ-INSTRUMENT', 'IT-IOT'],
  ['EQ-INSTRUMENT', 'SV-TESTING'],
  ['BI-DEVICE', 'EQ-INSTRUMENT'],
  ['AG-FOOD', 'SV-TESTING'],
  ['AG-SMART', 'IT-IOT'],
  // Automation and industrial software.
  ['IT-VISION', 'EQ-SMART'],
  ['IT-VISION', 'EQ-ROBOT'],
  ['IT-IIOT', 'EQ-SMART'],
  ['IT-INDSOFT', 'EQ-SMART'],
  ['IT-INDSOFT', 'EQ-CNC'],
  ['AG-MACHINERY', 'EQ-ROBOT'],
  ['EV-ICV', 'IT-AI'],
  ['EV-ICV', 'IT-VISION'],
  ['EV-ICV', 'IT-NETWORK'],
  ['EQ-SATELLITE', 'IT-NETWORK'],
  // Electronics and displays.
  ['IT-IC', 'MA-ELECTRONIC'],
  ['IT-DISPLAY', 'MA-ELECTRONIC'],
  ['DC-XR', 'IT-DISPLAY'],
  ['DC-UHD', 'IT-DISPLAY'],
  // Energy: cells, hydrogen, grids, magnets.
  ['EV-BATTERY', 'NE-STORAGE'],
  ['EV-FUELCELL', 'NE-HYDROGEN'],
  ['EV-CHARGING', 'NE-GRID'],
  ['EV-MOTOR', 'MA-RAREEARTH'],
  ['NE-WIND', 'MA-COMPOSITE'],
  // Materials in equipment.
  ['EQ-AVIATION', 'MA-COMPOSITE'],
  ['EQ-PARTS', 'MA-STEEL'],
  ['EQ-AM', 'MA-NONFERROUS'],
  // Waste, recycling and what it becomes.
  ['EP-WASTE', 'EV-BATTERY'],
  ['EP-WASTE', 'CI-MATERIAL'],
  ['EP-WASTE', 'NE-BIOMASS'],
  ['EP-CCUS', 'MA-CHEMICAL'],
  ['CI-MATERIAL', 'MA-INORGANIC'],
  ['CI-BUILDING', 'EP-EFFICIENCY'],
  ['CI-BRIDGE', 'EQ-RAIL'],
  // Biology in farming and food.
  ['BI-AGRI', 'AG-SMART'],
  ['BI-BREEDING', 'AG-LIVESTOCK'],
  ['BI-MANUFACTURING', 'AG-FOOD'],
];
