import * as z from "zod";
import { EmailSchema, PhoneSchema } from "../identifiers/index.js";
import { defineEnumeration } from "../labels.js";
import { MultilingualTextSchema, storableText } from "../multilingual.js";

const label = MultilingualTextSchema.optional();

/** Social networks an organization publishes on, with labels in ar, fr and en. */
export const SocialNetwork = defineEnumeration("socialNetwork", {
  facebook: { ar: "فيسبوك", fr: "Facebook", en: "Facebook" },
  instagram: { ar: "إنستغرام", fr: "Instagram", en: "Instagram" },
  x: { ar: "إكس (تويتر)", fr: "X (Twitter)", en: "X (Twitter)" },
  youtube: { ar: "يوتيوب", fr: "YouTube", en: "YouTube" },
  linkedin: { ar: "لينكدإن", fr: "LinkedIn", en: "LinkedIn" },
  tiktok: { ar: "تيك توك", fr: "TikTok", en: "TikTok" },
  whatsapp: { ar: "واتساب", fr: "WhatsApp", en: "WhatsApp" },
  other: { ar: "شبكة أخرى", fr: "Autre réseau", en: "Other network" },
});

/** A social network; see {@link SocialNetwork}. */
export type SocialNetworkValue = (typeof SocialNetwork.values)[number];

/**
 * Schema of an organization's contact channel: a phone (E.164, see
 * `parsePhone`), an e-mail, a website or a social-media page.
 *
 * @remarks These are the organization's own channels. A person's phone or
 * e-mail is personal data and belongs to {@link PersonSchema}.
 * @example
 * ```ts
 * ContactSchema.parse({ kind: "phone", value: "+212522271234" });
 * ContactSchema.parse({ kind: "website", value: "https://example.ma" });
 * ```
 */
export const ContactSchema = z.discriminatedUnion("kind", [
  z.strictObject({ kind: z.literal("phone"), value: PhoneSchema, label }),
  z.strictObject({ kind: z.literal("email"), value: EmailSchema, label }),
  z.strictObject({ kind: z.literal("website"), value: storableText(z.url({ protocol: /^https?$/ }).max(2000)), label }),
  z.strictObject({
    kind: z.literal("social"),
    network: SocialNetwork.schema,
    value: storableText(z.string().trim().min(1).max(2000)),
    label,
  }),
]);

/** A contact channel; see {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>;
