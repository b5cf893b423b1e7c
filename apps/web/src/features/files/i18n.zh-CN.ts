/** 附件: the files of postings and the organization licence. */
export const filesZhCN = {
  files: {
    title: '附件',
    licenceTitle: '营业执照',
    empty: '暂无附件',
    withheld: '保密附件：获批查看后可下载',
    upload: '上传',
    purpose: '用途',
    limits: '支持 PDF、Office 文档、图片；每个文件不超过 {{mb}} MB，最多 {{max}} 个',
    download: '下载',
    delete: '删除',
    deleteConfirm: '确定删除该附件？',
    uploaded: '已上传',
    purposes: {
      specification: '技术规格书',
      drawing: '图纸',
      'patent-certificate': '专利证书',
      'pitch-deck': '路演材料',
      other: '其他',
      'business-licence': '营业执照',
    },
  },
};
