import { renderEmail, type RenderedEmail } from '#notifications';

/** A society's invitation to claim the expert profile it created (bilingual, Chinese first). */
export function expertClaimEmail(input: {
  expertName: string;
  societyName: string;
  link: string;
  expiresAt: Date;
}): RenderedEmail {
  const expires = input.expiresAt.toISOString().slice(0, 10);
  return renderEmail(
    `认领您在「${input.societyName}」的专家主页 | Claim your expert profile on Duijie`,
    {
      zh: [
        `${input.expertName}，您好！「${input.societyName}」在对接平台为您建立了专家主页。`,
        `登录（或用本邮箱注册）后点击下方链接即可认领，之后您可以自行维护研究方向、服务方式和可服务状态。链接有效期至 ${expires}。`,
      ],
      en: [
        `Hello ${input.expertName}, ${input.societyName} created an expert profile for you on Duijie.`,
        `Sign in (or register with this address) and follow the link to claim it; you can then keep your fields, service modes and availability up to date yourself. The link is valid until ${expires}.`,
      ],
    },
    input.link,
    ['认领专家主页', 'Claim the profile'],
  );
}
