/**
 * The GB/T 4754-2017 大类 (division) that postings of a technology field usually belong to, for the
 * field suggestions' industry hint. A subfield's entry wins over its top field's; a field with no entry
 * here (nor its top field), or `null`, gets no industry hint: the suggestion says nothing rather than
 * guess. Fields whose postings spread over several divisions (机器视觉: electronics, instruments or
 * software) are left out on purpose, and `null` stops a top field's division from covering a subfield
 * it does not fit (节能技术 is not 环境治理). Codes must be taxonomy codes and divisions (the spec checks both).
 */
export const FIELD_INDUSTRIES: Readonly<Record<string, string | null>> = {
  // 新一代信息技术
  'IT-IC': '39',
  'IT-AI': '65',
  'IT-INDSOFT': '65',
  'IT-BASESOFT': '65',
  'IT-IIOT': '65',
  'IT-CLOUD': '65',
  'IT-NETWORK': '63',
  'IT-SECURITY': '65',
  'IT-IOT': '39',
  'IT-BLOCKCHAIN': '65',
  'IT-DISPLAY': '39',
  // 高端装备制造
  EQ: '35',
  'EQ-SMART': '34',
  'EQ-ROBOT': '34',
  'EQ-CNC': '34',
  'EQ-AM': '34',
  'EQ-AVIATION': '37',
  'EQ-SATELLITE': '37',
  'EQ-RAIL': '37',
  'EQ-MARINE': '37',
  'EQ-INSTRUMENT': '40',
  'EQ-PARTS': '34',
  // 新材料
  'MA-STEEL': '31',
  'MA-NONFERROUS': '32',
  'MA-CHEMICAL': '26',
  'MA-INORGANIC': '30',
  'MA-RAREEARTH': '32',
  'MA-ELECTRONIC': '39',
  // 生物
  'BI-PHARMA': '27',
  'BI-TCM': '27',
  'BI-DEVICE': '35',
  'BI-BREEDING': '01',
  // 新能源汽车
  EV: '36',
  'EV-BATTERY': '38',
  'EV-MOTOR': '38',
  'EV-FUELCELL': '38',
  'EV-ICV': '36',
  'EV-CHARGING': '38',
  // 新能源
  'NE-PV': '38',
  'NE-STORAGE': '38',
  'NE-NUCLEAR': '44',
  'NE-BIOMASS': '44',
  'NE-GRID': '44',
  // 节能环保
  EP: '77',
  'EP-EFFICIENCY': null,
  'EP-MONITOR': '74',
  'EP-CCUS': null,
  // 数字创意
  DC: '65',
  'DC-UHD': null,
  // 现代农业与食品
  'AG-MACHINERY': '35',
  'AG-LIVESTOCK': '03',
  'AG-FOOD': '14',
  // 现代服务
  'SV-TESTING': '74',
  'SV-RD': '73',
  'SV-TRANSFER': '75',
  'SV-DESIGN': '74',
};
