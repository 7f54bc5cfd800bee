import { MoveItem as MoveItem_d2906c7ff1622d12a21a9cea052c7060 } from '@/admin/MoveItem'
import { AccessibilityCheck as AccessibilityCheck_6c27895b3cd570f4e7970d1798990161 } from '@/admin/AccessibilityCheck'
import { IssueEmailTools as IssueEmailTools_8b2a8e30692e2ad51ed3b0222481fda1 } from '@/admin/IssueEmailTools'
import { ChecklistPanel as ChecklistPanel_a99637c88e6f5f4e56494ee8aa08b653 } from '@/admin/ChecklistPanel'
import { NextIssueFromThis as NextIssueFromThis_c93560fb9dee2451cc3037ae385efa3a } from '@/admin/NextIssueButton'
import { SendingPanel as SendingPanel_7ac5da30c54ea598cdb7e4275435da2d } from '@/admin/SendingPanel'
import { NextIssueButton as NextIssueButton_c93560fb9dee2451cc3037ae385efa3a } from '@/admin/NextIssueButton'
import { PublishWithCheck as PublishWithCheck_225ef069790061dfbd64a308d8abc88d } from '@/admin/PublishWithCheck'
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
import { ListExportLink as ListExportLink_c9b04190d9efd78b427c671c6c8b1d8e } from '@/admin/ListExportLink'
import { LiftSuppression as LiftSuppression_aef3d9853605d531d4bf434014d7ddbd } from '@/admin/LiftSuppression'
import { PersonalDataTools as PersonalDataTools_bde86fff048055fb5e80d510b463d5e4 } from '@/admin/PersonalDataTools'
import { OutboxNotice as OutboxNotice_01ee89be60685e28f2c95af475d1c2c1 } from '@/admin/OutboxNotice'
import { CsvInput as CsvInput_60699a46cfb0ce03df9114ed27825206 } from '@/admin/CsvInput'
import { ImportPanel as ImportPanel_e28c83312879926e2f8c1ffbaa4b3c40 } from '@/admin/ImportPanel'
import { ReaderStatus as ReaderStatus_486a9f445dcb1d0b2290a0e6d6e1b2f7 } from '@/returns/ReaderStatus'
import { StatisticsLink as StatisticsLink_e1cf8d0243c5c73e72c860f1a24c13aa } from '@/admin/StatisticsLink'
import { PastIssuesLink as PastIssuesLink_1798ab54a41175d7aaf025d5582e8a92 } from '@/admin/PastIssuesLink'
import { AuditLink as AuditLink_67f66528e0f97e9ec18737ab0af036a4 } from '@/admin/AuditLink'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { StatisticsView as StatisticsView_ba922526ef8cc4e58c876ed95144d9d0 } from '@/statistics/views/StatisticsView'
import { PastIssuesView as PastIssuesView_8f33d8f9d6fc800ba52799a12703bcb7 } from '@/pastIssues/views/PastIssuesView'
import { AuditView as AuditView_339e4e123f9c42f406d20335f1dd6c2e } from '@/audit/views/AuditView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/MoveItem#MoveItem": MoveItem_d2906c7ff1622d12a21a9cea052c7060,
  "@/admin/AccessibilityCheck#AccessibilityCheck": AccessibilityCheck_6c27895b3cd570f4e7970d1798990161,
  "@/admin/IssueEmailTools#IssueEmailTools": IssueEmailTools_8b2a8e30692e2ad51ed3b0222481fda1,
  "@/admin/ChecklistPanel#ChecklistPanel": ChecklistPanel_a99637c88e6f5f4e56494ee8aa08b653,
  "@/admin/NextIssueButton#NextIssueFromThis": NextIssueFromThis_c93560fb9dee2451cc3037ae385efa3a,
  "@/admin/SendingPanel#SendingPanel": SendingPanel_7ac5da30c54ea598cdb7e4275435da2d,
  "@/admin/NextIssueButton#NextIssueButton": NextIssueButton_c93560fb9dee2451cc3037ae385efa3a,
  "@/admin/PublishWithCheck#PublishWithCheck": PublishWithCheck_225ef069790061dfbd64a308d8abc88d,
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
  "@/admin/ListExportLink#ListExportLink": ListExportLink_c9b04190d9efd78b427c671c6c8b1d8e,
  "@/admin/LiftSuppression#LiftSuppression": LiftSuppression_aef3d9853605d531d4bf434014d7ddbd,
  "@/admin/PersonalDataTools#PersonalDataTools": PersonalDataTools_bde86fff048055fb5e80d510b463d5e4,
  "@/admin/OutboxNotice#OutboxNotice": OutboxNotice_01ee89be60685e28f2c95af475d1c2c1,
  "@/admin/CsvInput#CsvInput": CsvInput_60699a46cfb0ce03df9114ed27825206,
  "@/admin/ImportPanel#ImportPanel": ImportPanel_e28c83312879926e2f8c1ffbaa4b3c40,
  "@/returns/ReaderStatus#ReaderStatus": ReaderStatus_486a9f445dcb1d0b2290a0e6d6e1b2f7,
  "@/admin/StatisticsLink#StatisticsLink": StatisticsLink_e1cf8d0243c5c73e72c860f1a24c13aa,
  "@/admin/PastIssuesLink#PastIssuesLink": PastIssuesLink_1798ab54a41175d7aaf025d5582e8a92,
  "@/admin/AuditLink#AuditLink": AuditLink_67f66528e0f97e9ec18737ab0af036a4,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@/statistics/views/StatisticsView#StatisticsView": StatisticsView_ba922526ef8cc4e58c876ed95144d9d0,
  "@/pastIssues/views/PastIssuesView#PastIssuesView": PastIssuesView_8f33d8f9d6fc800ba52799a12703bcb7,
  "@/audit/views/AuditView#AuditView": AuditView_339e4e123f9c42f406d20335f1dd6c2e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
