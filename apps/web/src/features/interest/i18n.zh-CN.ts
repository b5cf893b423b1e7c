/** 我要对接 strings, Chinese first; i18n.en.ts must match key for key. */
export const interestZhCN = {
  interest: {
    button: '我要对接',
    title: '我要对接',
    message: '留言',
    messagePlaceholder: '介绍本机构，以及希望如何合作',
    messageRequired: '请填写留言',
    offer: '附上本机构的信息（可选）',
    offerHint: '例如投资机构附上金融产品、企业附上技术需求',
    send: '发送',
    sent: '已发送，可在对接会话中继续沟通',
    block: '屏蔽对方',
    blockTitle: '屏蔽 {{name}}',
    blocked: '已屏蔽 {{name}}，对方不能再向本机构发起对接',
    report: '同时举报给平台',
    reportHint: '平台工作人员会查看举报',
    note: '说明（可选）',
    kinds: {
      demand: '技术需求',
      expert: '专家',
      achievement: '科技成果',
      project: '融资项目',
      'financing-offer': '金融产品',
    },
  },
};
