import { AccessibilityCheck as AccessibilityCheck_4be26933a3f8609fea0d65859cf2bcf6 } from '@/components/admin/AccessibilityCheck'
import { IssueEmailTools as IssueEmailTools_c9a11480c4c14dc4fc6378d6717adfe4 } from '@/components/admin/IssueEmailTools'
import { SendingPanel as SendingPanel_fec346934b00a8746b4982284201d5a8 } from '@/components/admin/SendingPanel'
import { PublishWithCheck as PublishWithCheck_5b6f7321bc3e5bd2193260701fb2fa1c } from '@/components/admin/PublishWithCheck'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ListExportLink as ListExportLink_c69ab16bef5c9debd1e11f15e7fa5aa9 } from '@/components/admin/ListExportLink'
import { PersonalDataTools as PersonalDataTools_c154e48da5f8a7873f23b38c6ba84cd2 } from '@/components/admin/PersonalDataTools'
import { OutboxNotice as OutboxNotice_b1719e4faac5027f9321e8a703bedd1b } from '@/components/admin/OutboxNotice'
import { CsvInput as CsvInput_bf9ad5ab5952fbd8607d46223980452e } from '@/components/admin/CsvInput'
import { ImportPanel as ImportPanel_017a89d64bd4498ec232d174602d1057 } from '@/components/admin/ImportPanel'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/AccessibilityCheck#AccessibilityCheck": AccessibilityCheck_4be26933a3f8609fea0d65859cf2bcf6,
  "@/components/admin/IssueEmailTools#IssueEmailTools": IssueEmailTools_c9a11480c4c14dc4fc6378d6717adfe4,
  "@/components/admin/SendingPanel#SendingPanel": SendingPanel_fec346934b00a8746b4982284201d5a8,
  "@/components/admin/PublishWithCheck#PublishWithCheck": PublishWithCheck_5b6f7321bc3e5bd2193260701fb2fa1c,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/ListExportLink#ListExportLink": ListExportLink_c69ab16bef5c9debd1e11f15e7fa5aa9,
  "@/components/admin/PersonalDataTools#PersonalDataTools": PersonalDataTools_c154e48da5f8a7873f23b38c6ba84cd2,
  "@/components/admin/OutboxNotice#OutboxNotice": OutboxNotice_b1719e4faac5027f9321e8a703bedd1b,
  "@/components/admin/CsvInput#CsvInput": CsvInput_bf9ad5ab5952fbd8607d46223980452e,
  "@/components/admin/ImportPanel#ImportPanel": ImportPanel_017a89d64bd4498ec232d174602d1057,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
